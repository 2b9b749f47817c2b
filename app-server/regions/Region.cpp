#include "regions/Region.h"

namespace gridsafe {

QCborMap Region::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("parentId"), parentId ? QCborValue(*parentId) : QCborValue(nullptr));
    map.insert(QStringLiteral("kind"), regionKindName(kind));
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("townId"), townId ? QCborValue(*townId) : QCborValue(nullptr));
    map.insert(QStringLiteral("revision"), revision);
    return map;
}

} // namespace gridsafe
