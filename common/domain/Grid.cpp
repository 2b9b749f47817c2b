#include "domain/Grid.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QString Grid::statusName(Status status)
{
    return status == Status::Active ? QStringLiteral("active") : QStringLiteral("retired");
}

QCborMap Grid::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("status"), statusName(status));
    map.insert(QStringLiteral("revision"), revision);
    QCborArray areas;
    for (qint64 area : areaIds)
        areas.append(area);
    map.insert(QStringLiteral("areaIds"), areas);
    map.insert(QStringLiteral("createdAt"), createdAt);
    map.insert(QStringLiteral("updatedAt"), updatedAt);
    if (status == Status::Retired) {
        map.insert(QStringLiteral("retiredAt"), retiredAt);
        map.insert(QStringLiteral("retireReason"), retireReason);
    }
    return map;
}

Result<Grid> Grid::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("grid"));
    Grid grid;
    grid.id = fields.integer(QStringLiteral("id"));
    grid.townId = fields.integer(QStringLiteral("townId"));
    grid.name = fields.text(QStringLiteral("name"));
    const QString status = fields.text(QStringLiteral("status"));
    grid.revision = int(fields.integer(QStringLiteral("revision")));
    grid.areaIds = fields.integerList(QStringLiteral("areaIds"));
    grid.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    grid.updatedAt = fields.optionalText(QStringLiteral("updatedAt")).value_or(QString());
    grid.retiredAt = fields.optionalText(QStringLiteral("retiredAt")).value_or(QString());
    grid.retireReason = fields.optionalText(QStringLiteral("retireReason")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    if (status != QLatin1String("active") && status != QLatin1String("retired"))
        return makeError(ErrorCode::BadMessage, QStringLiteral("unknown grid status '%1'").arg(status));
    grid.status = status == QLatin1String("retired") ? Status::Retired : Status::Active;
    return grid;
}

} // namespace gridsafe
