#include "ui/map/GridMapAreaItem.h"

#include <QBrush>
#include <QLinearGradient>
#include <QPainter>
#include <QPen>

#include <algorithm>

namespace gridsafe {

namespace {

// Diagonal bands of each colour, sized to the area so they read as "shared" at any zoom.
QBrush stripes(const QRectF &bounds, const QList<QColor> &colours)
{
    const qreal period = std::max(bounds.width(), bounds.height()) / 5;
    QLinearGradient gradient(bounds.topLeft(), bounds.topLeft() + QPointF(period, period) / 2);
    gradient.setSpread(QGradient::RepeatSpread);
    const qsizetype count = colours.size();
    for (qsizetype i = 0; i < count; ++i) {
        // Two stops a hair apart give a sharp edge between bands.
        gradient.setColorAt(qreal(i) / qreal(count) + (i == 0 ? 0.0 : 1e-4), colours.at(i));
        gradient.setColorAt(qreal(i + 1) / qreal(count), colours.at(i));
    }
    return QBrush(gradient);
}

} // namespace

GridMapAreaItem::GridMapAreaItem(qint64 regionId, const QPainterPath &path, QList<qint64> gridIds,
                                 QList<QColor> gridColours, QGraphicsItem *parent) :
    QGraphicsPathItem(path, parent),
    m_regionId(regionId),
    m_gridIds(std::move(gridIds))
{
    if (gridColours.isEmpty())
        setBrush(QBrush(uncoveredOutline(), Qt::BDiagPattern));
    else if (gridColours.size() == 1)
        setBrush(gridColours.first());
    else
        setBrush(stripes(path.boundingRect(), gridColours));
    setPen(outline(false));
    setAcceptHoverEvents(true);
}

QColor GridMapAreaItem::uncoveredFill()
{
    return QColor(0xe4, 0xe4, 0xe4);
}

QColor GridMapAreaItem::uncoveredOutline()
{
    return QColor(0xd0, 0x1c, 0x1c);
}

QPen GridMapAreaItem::outline(bool hovered) const
{
    // Cosmetic: as thin at 40× zoom as when fitted, and in an export.
    QPen pen(isCovered() ? QColor(0x3c, 0x3c, 0x3c) : uncoveredOutline(), isCovered() ? 1.0 : 1.8);
    if (m_highlighted)
        pen = QPen(QColor(0x15, 0x65, 0xc0), 3.0);
    if (hovered)
        pen.setWidthF(pen.widthF() + 1.5);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

void GridMapAreaItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    setPen(outline(isUnderMouse()));
    setZValue(highlighted ? 1 : 0);
}

void GridMapAreaItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (!isCovered())
        painter->fillPath(path(), uncoveredFill()); // the hatch brush only draws its lines
    QGraphicsPathItem::paint(painter, option, widget);
}

void GridMapAreaItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    setPen(outline(true));
    setZValue(m_highlighted ? 1.5 : 0.5); // the thicker outline above the neighbours'
    QGraphicsPathItem::hoverEnterEvent(event);
}

void GridMapAreaItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    setPen(outline(false));
    setZValue(m_highlighted ? 1 : 0);
    QGraphicsPathItem::hoverLeaveEvent(event);
}

} // namespace gridsafe
