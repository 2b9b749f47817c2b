#pragma once
// 边界 — the stored outline of one village, community or park (entity "boundary"): what
// region.importBoundaries keeps per region and the grid map (网格一张图) draws. One per
// region, so its id is the region's id.

#include "domain/RegionBoundary.h"
#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QPointF>
#include <QString>

namespace gridsafe {

// The GeoJSON text of one region.importBoundaries, in UTF-8 bytes: below the 4 MiB frame
// cap (ProtocolConstants.h) with room for the envelope, so a command that passes this check
// also fits in a frame. Larger districts import their towns in separate files.
inline constexpr qsizetype kMaxBoundaryImportBytes = 4 * 1024 * 1024 - 4 * 1024;

struct Boundary
{
    qint64 regionId = 0;
    qint64 townId = 0;              // the region's town: the feed row's scope
    QString crs;                    // kCrsWgs84 or kCrsCgcs2000; later versions may add others
    QList<QList<QPointF>> polygons; // outer rings, [longitude, latitude] in degrees, closed
    int revision = 1;
    QString updatedAt;

    // The replicated form, documented in docs/PROTOCOL.md §11.
    QCborMap toPayload() const;
    // Refuses an unknown `crs` too, so a replica holds such a row until it can read it.
    static Result<Boundary> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
