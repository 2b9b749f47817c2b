#pragma once
// 区域边界 — the outline of a village, community or park (村/社区/园区), drawn on the grid map
// (网格一张图). Imported from a GeoJSON file (GeoJsonBoundaries.h) and matched to a region by
// its code, or by town and name.

#include "util/Result.h"

#include <QCborArray>
#include <QCborMap>
#include <QList>
#include <QPointF>
#include <QString>

namespace gridsafe {

// The coordinate reference systems a boundary may be given in. Both are geographic
// (longitude and latitude in degrees) and differ by centimetres, far below what a village
// map shows, so the map draws them alike; the name is kept to say where the data came from.
inline constexpr char kCrsWgs84[] = "WGS-84";
inline constexpr char kCrsCgcs2000[] = "CGCS2000";

// Outer rings (parts) one area may have: a village with a few exclaves, not a coastline.
inline constexpr int kMaxBoundaryRingsPerFeature = 100;

struct RegionBoundary
{
    QString code;     // 12-digit division code where known, may be empty
    QString townName; // the town or street (镇/街道) the area belongs to; may be empty when code is given
    QString name;
    QString crs = QString::fromLatin1(kCrsWgs84); // the file's: kCrsWgs84 or kCrsCgcs2000
    // Outer rings only, longitude/latitude in degrees (WGS-84 or CGCS2000), each closed
    // (first point == last point). Holes are not kept: see parseGeoJsonBoundaries.
    QList<QList<QPointF>> polygons;

    // {"code": text, "town": text, "name": text, "polygons": [[[lon, lat], ...], ...]}
    QCborMap toPayload() const;
    static Result<RegionBoundary> fromPayload(const QCborMap &payload);
};

// The rings' wire form, [[[lon, lat], …], …], shared by every payload that carries an outline.
QCborArray boundaryPolygonsToCbor(const QList<QList<QPointF>> &polygons);
// Reads it back under the same bounds as a GeoJSON import (a payload is no way around
// them): closed rings of at least 4 finite positions, at most kMaxBoundaryRingsPerFeature
// rings and kMaxBoundaryPositionsPerFeature positions. `field` names it in the
// ErrorCode::BadMessage error ("boundary.polygons").
Result<QList<QList<QPointF>>> boundaryPolygonsFromCbor(const QCborArray &polygons, const QString &field);

} // namespace gridsafe
