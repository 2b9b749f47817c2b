#pragma once
// 培训 — a training session of a town for its inspectors, with who attended.

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace gridsafe {

struct TrainingSession
{
    qint64 id = 0;
    qint64 townId = 0;
    QString heldOn;
    double hours = 0;
    QString topic;
    QString trainer;
    QList<qint64> attendeeIds; // inspectors, sorted
    int revision = 1;
    QString createdAt;
    QString updatedAt;

    QCborMap toPayload() const;
    static Result<TrainingSession> fromPayload(const QCborMap &payload);
};

inline constexpr int kMaxTrainingAttendees = 500;

} // namespace gridsafe
