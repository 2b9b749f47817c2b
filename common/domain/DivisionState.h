#pragma once
// A town's grid division as a whole: its revision goes up with every change to the town's
// grids or assignments, so a filing of an older revision is stale.

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace gridsafe {

struct DivisionState
{
    qint64 townId = 0;
    int revision = 0;
    QString changedAt;

    QCborMap toPayload() const;
    static Result<DivisionState> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
