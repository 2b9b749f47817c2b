#pragma once
// 网格员任命 — one inspector responsible for one grid from one date to another (open
// while current). Reassignment closes the old one and opens a new one, so history stays.

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace gridsafe {

struct GridAssignment
{
    qint64 id = 0;
    qint64 gridId = 0;
    qint64 inspectorId = 0;
    qint64 townId = 0;
    QString startsOn;       // yyyy-MM-dd
    QString endsOn;         // empty while current
    QString overrideReason; // why this inspector holds more than one grid
    QString endReason;
    QString assignedBy; // the display name of who assigned

    bool isCurrent() const { return endsOn.isEmpty(); }

    QCborMap toPayload() const;
    static Result<GridAssignment> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
