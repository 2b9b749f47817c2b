#include "domain/GridAssignment.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QCborMap GridAssignment::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("gridId"), gridId);
    map.insert(QStringLiteral("inspectorId"), inspectorId);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("startsOn"), startsOn);
    map.insert(QStringLiteral("endsOn"), endsOn);
    map.insert(QStringLiteral("overrideReason"), overrideReason);
    map.insert(QStringLiteral("endReason"), endReason);
    map.insert(QStringLiteral("assignedBy"), assignedBy);
    return map;
}

Result<GridAssignment> GridAssignment::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("assignment"));
    GridAssignment value;
    value.id = fields.integer(QStringLiteral("id"));
    value.gridId = fields.integer(QStringLiteral("gridId"));
    value.inspectorId = fields.integer(QStringLiteral("inspectorId"));
    value.townId = fields.integer(QStringLiteral("townId"));
    value.startsOn = fields.optionalText(QStringLiteral("startsOn")).value_or(QString());
    value.endsOn = fields.optionalText(QStringLiteral("endsOn")).value_or(QString());
    value.overrideReason = fields.optionalText(QStringLiteral("overrideReason")).value_or(QString());
    value.endReason = fields.optionalText(QStringLiteral("endReason")).value_or(QString());
    value.assignedBy = fields.optionalText(QStringLiteral("assignedBy")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    return value;
}

} // namespace gridsafe
