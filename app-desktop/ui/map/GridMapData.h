#pragma once
// What the grid map (网格一张图) draws: a town's villages, communities and parks with their
// boundary polygons, and the grids that cover them. Plain values, so the map can be fed from
// the replica, a file or a test alike.

#include "domain/RegionKind.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

namespace gridsafe {

struct MapArea
{
    qint64 regionId = 0;
    QString name;
    RegionKind kind = RegionKind::Village;
    QList<QList<QPointF>> polygons; // outer rings, longitude/latitude in degrees

    bool operator==(const MapArea &) const = default;
};

struct MapGrid
{
    qint64 gridId = 0;
    QString code;
    QString name;
    QString inspectorName; // empty: the grid has no inspector (a gap to show)
    QList<qint64> areaIds;

    bool operator==(const MapGrid &) const = default;
};

struct GridMapData
{
    QString townName;
    QList<MapArea> areas;
    QList<MapGrid> grids;

    // So a page can leave the map (and the user's zoom) alone when a sync changed nothing on it.
    bool operator==(const GridMapData &) const = default;
};

// One row of the map's legend (图例), in the order of GridMapData::grids.
struct GridMapLegendEntry
{
    qint64 gridId = 0;
    QString code;
    QString name;
    QString inspectorName;
    QColor colour;
};

} // namespace gridsafe
