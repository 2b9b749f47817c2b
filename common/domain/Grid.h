#pragma once
// 网格 — a safety grid of one town, covering villages, communities or parks.

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

namespace gridsafe {

struct Grid
{
    enum class Status { Active, Retired };

    qint64 id = 0;
    qint64 townId = 0;
    QString name;
    Status status = Status::Active;
    int revision = 1;
    QList<qint64> areaIds; // villages / communities / parks covered, sorted
    QString createdAt;
    QString updatedAt;
    QString retiredAt;
    QString retireReason;

    static QString statusName(Status status);
    QCborMap toPayload() const;
    static Result<Grid> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
