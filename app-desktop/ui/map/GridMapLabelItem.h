#pragma once
// A label on the grid map: a grid's name and inspector, or an area's name. Drawn at screen
// size whatever the zoom (ItemIgnoresTransformations), on a white background so it reads
// over any fill. Placed at an anchor point in the scene, centred horizontally; its top is
// given in pixels from the anchor so several labels at one anchor can be stacked.

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace gridsafe {

class GridMapLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x4d4c };
    enum class Style { Grid, Area };

    struct Line
    {
        QString text;
        QColor colour;
        bool bold = false;
    };

    GridMapLabelItem(Style style, QList<Line> lines, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    Style style() const { return m_style; }
    const QList<Line> &lines() const { return m_lines; }
    qreal height() const { return m_rect.height(); }
    // The label's top edge, in pixels below the anchor (negative: above).
    void setTop(qreal top);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QFont font(const Line &line) const;
    qreal lineHeight(const Line &line) const;

    Style m_style;
    QList<Line> m_lines;
    QRectF m_rect; // in pixels around the anchor
};

} // namespace gridsafe
