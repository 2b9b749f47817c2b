#pragma once
// 区域边界 — the outline of a village, community or park (村/社区/园区), drawn on the grid map
// (网格一张图). Imported from a GeoJSON file (GeoJsonBoundaries.h) and matched to a region by
// its code, or by town and name.

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QPointF>
#include <QString>

namespace gridsafe {

struct RegionBoundary
{
    QString code;     // 12-digit division code where known, may be empty
    QString townName; // the town or street (镇/街道) the area belongs to; may be empty when code is given
    QString name;
    // Outer rings only, longitude/latitude in degrees (WGS-84 or CGCS2000), each closed
    // (first point == last point). Holes are not kept: see parseGeoJsonBoundaries.
    QList<QList<QPointF>> polygons;

    // {"code": text, "town": text, "name": text, "polygons": [[[lon, lat], ...], ...]}
    QCborMap toPayload() const;
    static Result<RegionBoundary> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
