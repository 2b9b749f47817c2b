#include "domain/Filing.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QCborMap Filing::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("number"), number);
    map.insert(QStringLiteral("status"), status);
    map.insert(QStringLiteral("divisionRevision"), divisionRevision);
    map.insert(QStringLiteral("snapshot"), snapshot);
    map.insert(QStringLiteral("note"), note);
    map.insert(QStringLiteral("submittedBy"), submittedBy);
    map.insert(QStringLiteral("submittedAt"), submittedAt);
    map.insert(QStringLiteral("decidedBy"), decidedBy);
    map.insert(QStringLiteral("decidedAt"), decidedAt);
    map.insert(QStringLiteral("decisionReason"), decisionReason);
    map.insert(QStringLiteral("revision"), revision);
    return map;
}

Result<Filing> Filing::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("filing"));
    Filing value;
    value.id = fields.integer(QStringLiteral("id"));
    value.townId = fields.integer(QStringLiteral("townId"));
    value.number = int(fields.integer(QStringLiteral("number")));
    value.status = fields.optionalText(QStringLiteral("status")).value_or(QString());
    value.divisionRevision = int(fields.integer(QStringLiteral("divisionRevision")));
    value.snapshot = fields.map(QStringLiteral("snapshot"));
    value.note = fields.optionalText(QStringLiteral("note")).value_or(QString());
    value.submittedBy = fields.optionalText(QStringLiteral("submittedBy")).value_or(QString());
    value.submittedAt = fields.optionalText(QStringLiteral("submittedAt")).value_or(QString());
    value.decidedBy = fields.optionalText(QStringLiteral("decidedBy")).value_or(QString());
    value.decidedAt = fields.optionalText(QStringLiteral("decidedAt")).value_or(QString());
    value.decisionReason = fields.optionalText(QStringLiteral("decisionReason")).value_or(QString());
    value.revision = int(fields.integer(QStringLiteral("revision")));
    if (!fields.ok())
        return fields.error();
    return value;
}

} // namespace gridsafe
