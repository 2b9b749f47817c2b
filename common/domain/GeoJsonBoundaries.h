#pragma once
// Reading the boundaries of villages, communities and parks from a GeoJSON file (RFC 7946), as
// GIS tools and the natural-resources bureau export them: a FeatureCollection whose features
// carry `name`, `town` and an optional 12-digit `code` in their properties. Coordinates are
// longitude and latitude in degrees: WGS-84 (RFC 7946), or CGCS2000 when the file's "crs"
// member says EPSG:4490 (older GeoJSON, as Chinese GIS tools write it); any other "crs" is refused.
//
// The file may come from anywhere (an attacker may send it), so its size is bounded before
// anything is read, and every refusal names the feature and says what to fix.

#include "domain/RegionBoundary.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace gridsafe {

inline constexpr qsizetype kMaxGeoJsonBytes = 8 * 1024 * 1024;
inline constexpr int kMaxBoundaryFeatures = 2000;
inline constexpr int kMaxBoundaryPositionsPerFeature = 20000;
inline constexpr int kMaxBoundaryPositionsInAll = 200000;

// China's extent in degrees, with a margin: coordinates outside are projected (metres) or
// in the wrong order, not a place in the district.
inline constexpr double kChinaMinLongitude = 73.0;
inline constexpr double kChinaMaxLongitude = 136.0;
inline constexpr double kChinaMinLatitude = 3.0;
inline constexpr double kChinaMaxLatitude = 54.0;

// At most kMaxBoundaryRingsPerFeature parts per feature (RegionBoundary.h).
// The boundaries in file order, or an ErrorCode::Invalid error naming the feature (1-based)
// and, when known, its name.
Result<QList<RegionBoundary>> parseGeoJsonBoundaries(const QByteArray &json);

} // namespace gridsafe
