#pragma once
// 行政区域 — a node of the region tree: district, town/street, village/community/park.

#include "domain/RegionKind.h"
#include "util/Result.h"

#include <QCborMap>
#include <QString>

#include <optional>

namespace gridsafe {

struct Region
{
    qint64 id = 0;
    std::optional<qint64> parentId;
    RegionKind kind = RegionKind::Village;
    QString code; // GB/T 2260 based code where known, may be empty
    QString name;
    std::optional<qint64> townId; // the town-level ancestor (itself for a town); none for the district
    int revision = 1;

    // The replicated form (entity "region"), documented in docs/PROTOCOL.md.
    QCborMap toPayload() const;
    static Result<Region> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
