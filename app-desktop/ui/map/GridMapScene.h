#pragma once
// 网格一张图 — the grid map of one town: its villages, communities and parks drawn from their
// boundaries, each filled with the colour of the grid that covers it, the grids' names and
// inspectors written on them, and the areas no grid covers hatched in red. Built from plain
// GridMapData; a click on an area says which grid (or uncovered area) the user wants.
//
// Scene coordinates are metres east (x) and south (y) of the data's centre: an
// equirectangular projection around the centre latitude, true enough for one town.

#include "ui/map/GridMapData.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>

#include <optional>

namespace gridsafe {

class GridMapAreaItem;
class GridMapLabelItem;

class GridMapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GridMapScene(QObject *parent = nullptr);

    // Replaces everything drawn.
    void setData(const GridMapData &data);
    const GridMapData &data() const { return m_data; }

    int areaCount() const { return int(m_areaItems.size()); }
    GridMapAreaItem *areaItem(qint64 regionId) const { return m_areaItems.value(regionId); }
    QList<GridMapLabelItem *> labelItems() const { return m_labels; }
    // The areas' extent with a margin, in scene coordinates; what "fit" and exports show.
    QRectF mapRect() const { return m_mapRect; }
    // Longitude/latitude in degrees to scene coordinates (metres).
    QPointF project(const QPointF &lonLat) const;
    // A point inside the area's largest part, in scene coordinates: where its labels sit.
    QPointF areaAnchor(qint64 regionId) const { return m_anchors.value(regionId); }

    // Outlines the areas of this grid (none: no grid) in blue, until the next setData().
    void highlightGrid(std::optional<qint64> gridId);

    QList<GridMapLegendEntry> legend() const;
    // Stable for an id, and far from its neighbours' colours; light enough for black text.
    static QColor gridColour(qint64 gridId);

    // Draws mapRect() into `target` keeping its proportions, centred; returns where it went.
    QRectF renderMap(QPainter &painter, const QRectF &target) const;

signals:
    // A click picks a grid (or an area no grid covers); a double click opens it.
    void gridActivated(qint64 gridId);
    void areaActivated(qint64 regionId); // an area no grid covers
    void gridOpened(qint64 gridId);
    void areaOpened(qint64 regionId);
    void mapReset(); // setData() rebuilt the scene

protected:
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    // The area drawn at a point, topmost first; nullptr over empty ground.
    const GridMapAreaItem *areaAt(const QPointF &scenePos) const;
    void addArea(const MapArea &area, const QHash<qint64, QList<const MapGrid *>> &coverage);
    void addLabels();
    QString toolTip(const MapArea &area, const QList<const MapGrid *> &grids) const;

    GridMapData m_data;
    QHash<qint64, GridMapAreaItem *> m_areaItems; // owned by the scene
    QHash<qint64, QPointF> m_anchors;
    QHash<qint64, qreal> m_areaSizes; // square metres, for choosing where a grid's label goes
    QList<GridMapLabelItem *> m_labels;
    QRectF m_mapRect;
    QPointF m_centre; // longitude/latitude of the projection's origin
    qreal m_cosLatitude = 1;
};

} // namespace gridsafe
