#include "grids/Grid.h"

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

} // namespace gridsafe
