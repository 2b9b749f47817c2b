#include "domain/Certificate.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QCborMap Certificate::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("inspectorId"), inspectorId);
    map.insert(QStringLiteral("number"), number);
    map.insert(QStringLiteral("issuedOn"), issuedOn);
    map.insert(QStringLiteral("validUntil"), validUntil);
    map.insert(QStringLiteral("examId"), examId);
    map.insert(QStringLiteral("revokedOn"), revokedOn);
    map.insert(QStringLiteral("revokeReason"), revokeReason);
    map.insert(QStringLiteral("createdAt"), createdAt);
    return map;
}

Result<Certificate> Certificate::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("certificate"));
    Certificate value;
    value.id = fields.integer(QStringLiteral("id"));
    value.townId = fields.integer(QStringLiteral("townId"));
    value.inspectorId = fields.integer(QStringLiteral("inspectorId"));
    value.number = fields.optionalText(QStringLiteral("number")).value_or(QString());
    value.issuedOn = fields.optionalText(QStringLiteral("issuedOn")).value_or(QString());
    value.validUntil = fields.optionalText(QStringLiteral("validUntil")).value_or(QString());
    value.examId = fields.integer(QStringLiteral("examId"));
    value.revokedOn = fields.optionalText(QStringLiteral("revokedOn")).value_or(QString());
    value.revokeReason = fields.optionalText(QStringLiteral("revokeReason")).value_or(QString());
    value.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    return value;
}

} // namespace gridsafe
