#include "domain/ServiceContract.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QCborMap ServiceContract::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("agencyId"), agencyId);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("startsOn"), startsOn);
    map.insert(QStringLiteral("endsOn"), endsOn);
    map.insert(QStringLiteral("scope"), scope);
    QCborArray gridIdsArray;
    for (qint64 value : gridIds)
        gridIdsArray.append(value);
    map.insert(QStringLiteral("gridIds"), gridIdsArray);
    map.insert(QStringLiteral("terminatedOn"), terminatedOn);
    map.insert(QStringLiteral("terminateReason"), terminateReason);
    map.insert(QStringLiteral("revision"), revision);
    map.insert(QStringLiteral("createdAt"), createdAt);
    return map;
}

Result<ServiceContract> ServiceContract::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("contract"));
    ServiceContract value;
    value.id = fields.integer(QStringLiteral("id"));
    value.agencyId = fields.integer(QStringLiteral("agencyId"));
    value.townId = fields.integer(QStringLiteral("townId"));
    value.startsOn = fields.optionalText(QStringLiteral("startsOn")).value_or(QString());
    value.endsOn = fields.optionalText(QStringLiteral("endsOn")).value_or(QString());
    value.scope = fields.optionalText(QStringLiteral("scope")).value_or(QString());
    value.gridIds = fields.integerList(QStringLiteral("gridIds"));
    value.terminatedOn = fields.optionalText(QStringLiteral("terminatedOn")).value_or(QString());
    value.terminateReason = fields.optionalText(QStringLiteral("terminateReason")).value_or(QString());
    value.revision = int(fields.integer(QStringLiteral("revision")));
    value.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    return value;
}

} // namespace gridsafe
