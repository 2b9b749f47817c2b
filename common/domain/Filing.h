#pragma once
// 网格划分备案 — a town's division as submitted to the district: an immutable snapshot
// (grids, what each covers, each grid's inspector) and the district's decision.

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace gridsafe {

struct Filing
{
    // submitted → filed (备案) or returned (退回) by the district, or withdrawn when the
    // town submits a newer division before the district decided.
    static constexpr char kSubmitted[] = "submitted";
    static constexpr char kFiled[] = "filed";
    static constexpr char kReturned[] = "returned";
    static constexpr char kWithdrawn[] = "withdrawn";

    qint64 id = 0;
    qint64 townId = 0;
    int number = 0; // 1, 2, … per town
    QString status;
    int divisionRevision = 0; // the division it shows
    QCborMap snapshot;
    QString note;
    QString submittedBy;
    QString submittedAt;
    QString decidedBy;
    QString decidedAt;
    QString decisionReason;
    int revision = 1;

    QCborMap toPayload() const;
    static Result<Filing> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
