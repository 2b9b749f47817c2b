#pragma once
// One village, community or park on the grid map: its outline filled with the colour of the
// grid that covers it, striped with every grid's colour when it is split between grids (a
// large village in two grids), or grey hatched in red when no grid covers it (未划分网格).

#include <QColor>
#include <QGraphicsPathItem>
#include <QList>

namespace gridsafe {

class GridMapAreaItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 0x4d41 };

    // `gridColours` holds the colour of each of `gridIds`, in the same order.
    GridMapAreaItem(qint64 regionId, const QPainterPath &path, QList<qint64> gridIds,
                    QList<QColor> gridColours, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    qint64 regionId() const { return m_regionId; }
    const QList<qint64> &gridIds() const { return m_gridIds; }
    bool isCovered() const { return !m_gridIds.isEmpty(); }
    // A thick blue outline above the neighbours': an area of the grid the user picked.
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    // Under the red hatch of an uncovered area.
    static QColor uncoveredFill();
    static QColor uncoveredOutline();

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QPen outline(bool hovered) const;

    qint64 m_regionId;
    QList<qint64> m_gridIds;
    bool m_highlighted = false;
};

} // namespace gridsafe
