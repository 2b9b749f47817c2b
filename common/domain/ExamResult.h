#pragma once
// 考核 — an inspector's exam result; passed when the score reaches the pass mark.

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace gridsafe {

struct ExamResult
{
    qint64 id = 0;
    qint64 townId = 0;
    qint64 inspectorId = 0;
    QString takenOn;
    QString subject;
    double score = 0;
    double passMark = 0;
    QString createdAt;

    bool passed() const { return score >= passMark; }

    QCborMap toPayload() const;
    static Result<ExamResult> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
