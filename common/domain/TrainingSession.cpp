#include "domain/TrainingSession.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QCborMap TrainingSession::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("heldOn"), heldOn);
    map.insert(QStringLiteral("hours"), hours);
    map.insert(QStringLiteral("topic"), topic);
    map.insert(QStringLiteral("trainer"), trainer);
    QCborArray attendeeIdsArray;
    for (qint64 value : attendeeIds)
        attendeeIdsArray.append(value);
    map.insert(QStringLiteral("attendeeIds"), attendeeIdsArray);
    map.insert(QStringLiteral("revision"), revision);
    map.insert(QStringLiteral("createdAt"), createdAt);
    map.insert(QStringLiteral("updatedAt"), updatedAt);
    return map;
}

Result<TrainingSession> TrainingSession::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("training"));
    TrainingSession value;
    value.id = fields.integer(QStringLiteral("id"));
    value.townId = fields.integer(QStringLiteral("townId"));
    value.heldOn = fields.optionalText(QStringLiteral("heldOn")).value_or(QString());
    value.hours = fields.number(QStringLiteral("hours"));
    value.topic = fields.optionalText(QStringLiteral("topic")).value_or(QString());
    value.trainer = fields.optionalText(QStringLiteral("trainer")).value_or(QString());
    value.attendeeIds = fields.integerList(QStringLiteral("attendeeIds"));
    value.revision = int(fields.integer(QStringLiteral("revision")));
    value.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    value.updatedAt = fields.optionalText(QStringLiteral("updatedAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    return value;
}

} // namespace gridsafe
