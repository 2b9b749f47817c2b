#include "domain/CoachingEngagement.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QCborMap CoachingEngagement::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("agencyId"), agencyId);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("enterpriseName"), enterpriseName);
    map.insert(QStringLiteral("enterpriseCode"), enterpriseCode);
    map.insert(QStringLiteral("startsOn"), startsOn);
    map.insert(QStringLiteral("endsOn"), endsOn);
    map.insert(QStringLiteral("note"), note);
    map.insert(QStringLiteral("createdAt"), createdAt);
    return map;
}

Result<CoachingEngagement> CoachingEngagement::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("engagement"));
    CoachingEngagement value;
    value.id = fields.integer(QStringLiteral("id"));
    value.agencyId = fields.integer(QStringLiteral("agencyId"));
    value.townId = fields.integer(QStringLiteral("townId"));
    value.enterpriseName = fields.optionalText(QStringLiteral("enterpriseName")).value_or(QString());
    value.enterpriseCode = fields.optionalText(QStringLiteral("enterpriseCode")).value_or(QString());
    value.startsOn = fields.optionalText(QStringLiteral("startsOn")).value_or(QString());
    value.endsOn = fields.optionalText(QStringLiteral("endsOn")).value_or(QString());
    value.note = fields.optionalText(QStringLiteral("note")).value_or(QString());
    value.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    return value;
}

} // namespace gridsafe
