#include "domain/DivisionState.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QCborMap DivisionState::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), townId);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("revision"), revision);
    map.insert(QStringLiteral("changedAt"), changedAt);
    return map;
}

Result<DivisionState> DivisionState::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("division"));
    DivisionState value;
    value.townId = fields.integer(QStringLiteral("id"));
    value.revision = int(fields.integer(QStringLiteral("revision")));
    value.changedAt = fields.optionalText(QStringLiteral("changedAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    return value;
}

} // namespace gridsafe
