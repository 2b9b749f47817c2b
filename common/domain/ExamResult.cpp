#include "domain/ExamResult.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QCborMap ExamResult::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("inspectorId"), inspectorId);
    map.insert(QStringLiteral("takenOn"), takenOn);
    map.insert(QStringLiteral("subject"), subject);
    map.insert(QStringLiteral("score"), score);
    map.insert(QStringLiteral("passMark"), passMark);
    map.insert(QStringLiteral("createdAt"), createdAt);
    return map;
}

Result<ExamResult> ExamResult::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("exam"));
    ExamResult value;
    value.id = fields.integer(QStringLiteral("id"));
    value.townId = fields.integer(QStringLiteral("townId"));
    value.inspectorId = fields.integer(QStringLiteral("inspectorId"));
    value.takenOn = fields.optionalText(QStringLiteral("takenOn")).value_or(QString());
    value.subject = fields.optionalText(QStringLiteral("subject")).value_or(QString());
    value.score = fields.number(QStringLiteral("score"));
    value.passMark = fields.number(QStringLiteral("passMark"));
    value.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    return value;
}

} // namespace gridsafe
