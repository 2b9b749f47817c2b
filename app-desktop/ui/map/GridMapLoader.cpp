#include "ui/map/GridMapLoader.h"

#include "core/Replica.h"
#include "core/ReplicaRecords.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace gridsafe {

GridMapData GridMapLoader::load(const Replica &replica, qint64 townId)
{
    GridMapData data;
    const std::optional<Region> town = replica.region(townId);
    if (!town)
        return data;
    data.townName = town->name;
    const ReplicaRecords records(replica);

    QHash<qint64, QList<QList<QPointF>>> outlines;
    for (const Boundary &boundary : records.boundaries(townId))
        outlines.insert(boundary.regionId, boundary.polygons);
    // Every area is listed, with or without an outline: the page counts those without.
    for (const Region &region : replica.regions()) {
        if (region.parentId == townId && isGridArea(region.kind))
            data.areas.append({region.id, region.name, region.kind, outlines.value(region.id)});
    }

    QHash<qint64, QString> inspectorNames;
    for (const Inspector &inspector : records.inspectors(townId))
        inspectorNames.insert(inspector.id, inspector.name);
    QList<Grid> grids = replica.grids(townId);
    grids.removeIf([](const Grid &grid) { return grid.status != Grid::Status::Active; });
    // WG-2 before WG-10, as the legend of a printed map should read.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    std::sort(grids.begin(), grids.end(), [&collator](const Grid &a, const Grid &b) {
        const int byCode = collator.compare(a.code, b.code);
        return byCode != 0 ? byCode < 0 : a.id < b.id;
    });
    for (const Grid &grid : std::as_const(grids)) {
        data.grids.append({grid.id, grid.code, grid.name,
                           grid.inspectorId ? inspectorNames.value(*grid.inspectorId) : QString(),
                           grid.areaIds});
    }
    return data;
}

} // namespace gridsafe
