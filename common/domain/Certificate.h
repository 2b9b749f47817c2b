#pragma once
// 上岗证 — an inspector's certificate: only its holder, while it is valid, may be assigned
// to a grid (先培训考核、后持证上岗).

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

namespace gridsafe {

struct Certificate
{
    qint64 id = 0;
    qint64 townId = 0;
    qint64 inspectorId = 0;
    QString number;
    QString issuedOn;
    QString validUntil;
    qint64 examId = 0; // the passed exam it rests on
    QString revokedOn; // empty unless revoked
    QString revokeReason;
    QString createdAt;

    // Valid on `date` (yyyy-MM-dd): issued, not expired, not revoked.
    bool validOn(const QString &date) const
    {
        return revokedOn.isEmpty() && issuedOn <= date && date <= validUntil;
    }

    QCborMap toPayload() const;
    static Result<Certificate> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
