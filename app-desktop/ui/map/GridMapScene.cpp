#include "ui/map/GridMapScene.h"

#include "ui/map/GridMapAreaItem.h"
#include "ui/map/GridMapLabelItem.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace gridsafe {

namespace {

// Metres along a meridian per degree of latitude (and along the equator per degree of
// longitude) on the WGS-84 sphere of equal radius; the map needs shapes, not survey accuracy.
constexpr qreal kMetresPerDegree = 111319.49;
constexpr qreal kLabelGap = 2; // pixels between stacked labels

qreal polygonArea(const QPolygonF &polygon)
{
    qreal twice = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % polygon.size());
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

QPointF centroid(const QPolygonF &polygon)
{
    qreal twice = 0;
    QPointF sum;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % polygon.size());
        const qreal cross = a.x() * b.y() - b.x() * a.y();
        twice += cross;
        sum += (a + b) * cross;
    }
    if (std::abs(twice) < std::numeric_limits<qreal>::epsilon())
        return polygon.boundingRect().center();
    return sum / (3 * twice);
}

// The centroid when it lies inside (the usual case); for a crescent or an L-shaped village,
// the middle of the widest stretch inside along the centroid's horizontal line instead.
QPointF interiorPoint(const QPolygonF &polygon)
{
    const QPointF centre = centroid(polygon);
    if (polygon.containsPoint(centre, Qt::OddEvenFill))
        return centre;
    QList<qreal> crossings;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % polygon.size());
        if ((a.y() <= centre.y()) != (b.y() <= centre.y()))
            crossings.append(a.x() + (centre.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
    }
    std::sort(crossings.begin(), crossings.end());
    QPointF best = polygon.boundingRect().center();
    qreal widest = -1;
    for (qsizetype i = 0; i + 1 < crossings.size(); i += 2) {
        if (crossings.at(i + 1) - crossings.at(i) > widest) {
            widest = crossings.at(i + 1) - crossings.at(i);
            best = QPointF((crossings.at(i) + crossings.at(i + 1)) / 2, centre.y());
        }
    }
    return best;
}

QString gridTitle(const MapGrid &grid)
{
    return grid.code.isEmpty() ? grid.name : grid.name + QStringLiteral(" (") + grid.code + QLatin1Char(')');
}

} // namespace

GridMapScene::GridMapScene(QObject *parent) : QGraphicsScene(parent)
{
    setData({});
}

QPointF GridMapScene::project(const QPointF &lonLat) const
{
    return QPointF((lonLat.x() - m_centre.x()) * m_cosLatitude * kMetresPerDegree,
                   -(lonLat.y() - m_centre.y()) * kMetresPerDegree);
}

void GridMapScene::setData(const GridMapData &data)
{
    clear();
    m_areaItems.clear();
    m_anchors.clear();
    m_areaSizes.clear();
    m_labels.clear();
    m_data = data;

    qreal west = std::numeric_limits<qreal>::max();
    qreal east = std::numeric_limits<qreal>::lowest();
    qreal south = west;
    qreal north = east;
    for (const MapArea &area : std::as_const(m_data.areas)) {
        for (const QList<QPointF> &ring : area.polygons) {
            for (const QPointF &point : ring) {
                west = std::min(west, point.x());
                east = std::max(east, point.x());
                south = std::min(south, point.y());
                north = std::max(north, point.y());
            }
        }
    }
    const bool anyPoint = west <= east;
    m_centre = anyPoint ? QPointF((west + east) / 2, (south + north) / 2) : QPointF();
    m_cosLatitude = std::cos(m_centre.y() * std::numbers::pi / 180);

    // Which grids cover each area, in the grids' order (the first is the one a click opens).
    QHash<qint64, QList<const MapGrid *>> coverage;
    for (const MapGrid &grid : std::as_const(m_data.grids)) {
        for (qint64 areaId : grid.areaIds) {
            QList<const MapGrid *> &grids = coverage[areaId];
            if (!grids.contains(&grid))
                grids.append(&grid);
        }
    }
    for (const MapArea &area : std::as_const(m_data.areas))
        addArea(area, coverage);
    addLabels();

    QRectF extent;
    for (const GridMapAreaItem *item : std::as_const(m_areaItems))
        extent = extent.united(item->path().boundingRect());
    if (extent.isEmpty()) {
        m_mapRect = QRectF(-1000, -1000, 2000, 2000);
    } else {
        const qreal margin = std::max(extent.width(), extent.height()) * 0.04;
        m_mapRect = extent.adjusted(-margin, -margin, margin, margin);
    }
    setSceneRect(m_mapRect);
    emit mapReset();
}

void GridMapScene::addArea(const MapArea &area, const QHash<qint64, QList<const MapGrid *>> &coverage)
{
    if (area.polygons.isEmpty() || m_areaItems.contains(area.regionId))
        return;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    QPolygonF largest;
    qreal largestSize = -1;
    qreal totalSize = 0;
    for (const QList<QPointF> &ring : area.polygons) {
        QPolygonF polygon;
        polygon.reserve(ring.size());
        for (const QPointF &point : ring)
            polygon.append(project(point));
        path.addPolygon(polygon);
        path.closeSubpath();
        const qreal size = polygonArea(polygon);
        totalSize += size;
        if (size > largestSize) {
            largestSize = size;
            largest = polygon;
        }
    }
    const QList<const MapGrid *> grids = coverage.value(area.regionId);
    QList<qint64> gridIds;
    QList<QColor> colours;
    for (const MapGrid *grid : grids) {
        gridIds.append(grid->gridId);
        colours.append(gridColour(grid->gridId));
    }
    auto *item = new GridMapAreaItem(area.regionId, path, gridIds, colours);
    item->setToolTip(toolTip(area, grids));
    addItem(item);
    m_areaItems.insert(area.regionId, item);
    m_anchors.insert(area.regionId, interiorPoint(largest));
    m_areaSizes.insert(area.regionId, totalSize);
}

void GridMapScene::addLabels()
{
    // Each grid is labelled once, on its largest area; labels sharing an area are stacked
    // (a village split in two grids), with the area's own name under them.
    QHash<qint64, QList<GridMapLabelItem *>> stacks;
    for (const MapGrid &grid : std::as_const(m_data.grids)) {
        qint64 home = 0;
        qreal homeSize = -1;
        for (qint64 areaId : grid.areaIds) {
            if (m_areaItems.contains(areaId) && m_areaSizes.value(areaId) > homeSize) {
                home = areaId;
                homeSize = m_areaSizes.value(areaId);
            }
        }
        if (homeSize < 0)
            continue; // none of its areas has a boundary
        const GridMapLabelItem::Line inspector =
            grid.inspectorName.isEmpty()
                ? GridMapLabelItem::Line{tr("No inspector"), GridMapAreaItem::uncoveredOutline(), false}
                : GridMapLabelItem::Line{grid.inspectorName, QColor(0x20, 0x20, 0x20), false};
        auto *label =
            new GridMapLabelItem(GridMapLabelItem::Style::Grid, {{grid.name, Qt::black, true}, inspector});
        addItem(label);
        m_labels.append(label);
        stacks[home].append(label);
    }
    for (const MapArea &area : std::as_const(m_data.areas)) {
        if (!m_areaItems.contains(area.regionId))
            continue;
        auto *label =
            new GridMapLabelItem(GridMapLabelItem::Style::Area, {{area.name, QColor(0x55, 0x55, 0x55)}});
        addItem(label);
        m_labels.append(label);
        QList<GridMapLabelItem *> &stack = stacks[area.regionId];
        stack.append(label);

        qreal height = kLabelGap * qreal(stack.size() - 1);
        for (const GridMapLabelItem *item : std::as_const(stack))
            height += item->height();
        qreal top = -height / 2;
        for (GridMapLabelItem *item : std::as_const(stack)) {
            item->setPos(m_anchors.value(area.regionId));
            item->setTop(top);
            top += item->height() + kLabelGap;
        }
    }
}

QString GridMapScene::toolTip(const MapArea &area, const QList<const MapGrid *> &grids) const
{
    QString text =
        QStringLiteral("<b>%1</b> · %2").arg(area.name.toHtmlEscaped(), regionKindDisplayName(area.kind));
    if (grids.isEmpty())
        text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(GridMapAreaItem::uncoveredOutline().name(), tr("Not in any grid"));
    for (const MapGrid *grid : grids) {
        const QString line = grid->inspectorName.isEmpty()
                                 ? tr("Grid %1 — no inspector").arg(gridTitle(*grid))
                                 : tr("Grid %1 — inspector: %2").arg(gridTitle(*grid), grid->inspectorName);
        text += QStringLiteral("<br>") + line.toHtmlEscaped();
    }
    return text;
}

void GridMapScene::highlightGrid(std::optional<qint64> gridId)
{
    for (GridMapAreaItem *item : std::as_const(m_areaItems))
        item->setHighlighted(gridId && item->gridIds().contains(*gridId));
}

QList<GridMapLegendEntry> GridMapScene::legend() const
{
    QList<GridMapLegendEntry> entries;
    entries.reserve(m_data.grids.size());
    for (const MapGrid &grid : m_data.grids)
        entries.append({grid.gridId, grid.code, grid.name, grid.inspectorName, gridColour(grid.gridId)});
    return entries;
}

QColor GridMapScene::gridColour(qint64 gridId)
{
    // Golden-ratio steps round the colour wheel: ids 1, 2, 3… land far apart and never
    // repeat exactly. Medium saturation and high value keep black text readable on them.
    constexpr qreal kGoldenRatioConjugate = 0.6180339887498949;
    const qint64 step = gridId % 1000003; // keeps the product exact in a double
    qreal hue = std::fmod(0.13 + qreal(step) * kGoldenRatioConjugate, 1.0);
    if (hue < 0)
        hue += 1;
    // Alternate the shade a little too, so two hues that come close still differ.
    const qreal value = step % 2 == 0 ? 0.96 : 0.88;
    return QColor::fromHsvF(float(hue), 0.42f, float(value));
}

QRectF GridMapScene::renderMap(QPainter &painter, const QRectF &target) const
{
    const qreal scale = std::min(target.width() / m_mapRect.width(), target.height() / m_mapRect.height());
    QRectF drawn(0, 0, m_mapRect.width() * scale, m_mapRect.height() * scale);
    drawn.moveCenter(target.center());
    // QGraphicsScene::render() is not const, but drawing leaves the scene as it was.
    const_cast<GridMapScene *>(this)->render(&painter, drawn, m_mapRect, Qt::IgnoreAspectRatio);
    return drawn;
}

void GridMapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    // A press and release apart is a pan (the view drags the map), not a click.
    const QPoint moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
    if (moved.manhattanLength() >= QApplication::startDragDistance())
        return;
    if (const GridMapAreaItem *area = areaAt(event->scenePos())) {
        if (area->isCovered())
            emit gridActivated(area->gridIds().first());
        else
            emit areaActivated(area->regionId());
    }
}

void GridMapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (const GridMapAreaItem *area = areaAt(event->scenePos())) {
        if (area->isCovered())
            emit gridOpened(area->gridIds().first());
        else
            emit areaOpened(area->regionId());
    }
}

const GridMapAreaItem *GridMapScene::areaAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (const auto *area = qgraphicsitem_cast<GridMapAreaItem *>(item))
            return area;
    }
    return nullptr;
}

} // namespace gridsafe
