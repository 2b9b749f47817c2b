#pragma once
// 单独指导服务 — an agency coaching one enterprise of a town on its own account: refused
// while the agency holds a contract with that town (the exclusivity rule).

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace gridsafe {

struct CoachingEngagement
{
    qint64 id = 0;
    qint64 agencyId = 0;
    qint64 townId = 0;
    QString enterpriseName;
    QString enterpriseCode; // its unified social credit code
    QString startsOn;
    QString endsOn;
    QString note;
    QString createdAt;

    QCborMap toPayload() const;
    static Result<CoachingEngagement> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
