#pragma once
// 技术服务合同 — an agency's contract with a town: the period, what it covers, which grids.

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace gridsafe {

struct ServiceContract
{
    qint64 id = 0;
    qint64 agencyId = 0;
    qint64 townId = 0;
    QString startsOn;
    QString endsOn;
    QString scope;
    QList<qint64> gridIds;
    QString terminatedOn; // ended early; empty otherwise
    QString terminateReason;
    int revision = 1;
    QString createdAt;

    // The last day the contract binds (its end, or the day it was terminated).
    QString lastDay() const { return terminatedOn.isEmpty() ? endsOn : terminatedOn; }

    QCborMap toPayload() const;
    static Result<ServiceContract> fromPayload(const QCborMap &payload);
};

inline constexpr int kMaxContractGrids = 500;

} // namespace gridsafe
