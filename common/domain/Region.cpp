#include "domain/Region.h"

#include "protocol/FieldReader.h"

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

Result<Region> Region::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("region"));
    Region region;
    region.id = fields.integer(QStringLiteral("id"));
    region.parentId = fields.optionalInteger(QStringLiteral("parentId"));
    const QString kind = fields.text(QStringLiteral("kind"));
    region.code = fields.optionalText(QStringLiteral("code")).value_or(QString());
    region.name = fields.text(QStringLiteral("name"));
    region.townId = fields.optionalInteger(QStringLiteral("townId"));
    region.revision = int(fields.integer(QStringLiteral("revision")));
    if (!fields.ok())
        return fields.error();
    const std::optional<RegionKind> parsed = regionKindFromName(kind);
    if (!parsed)
        return makeError(ErrorCode::BadMessage, QStringLiteral("unknown region kind '%1'").arg(kind));
    region.kind = *parsed;
    return region;
}

} // namespace gridsafe
