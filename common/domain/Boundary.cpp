#include "domain/Boundary.h"

#include "protocol/FieldReader.h"

namespace gridsafe {

QCborMap Boundary::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), regionId);
    map.insert(QStringLiteral("regionId"), regionId);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("crs"), crs);
    map.insert(QStringLiteral("polygons"), boundaryPolygonsToCbor(polygons));
    map.insert(QStringLiteral("revision"), revision);
    map.insert(QStringLiteral("updatedAt"), updatedAt);
    return map;
}

Result<Boundary> Boundary::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("boundary"));
    Boundary boundary;
    boundary.regionId = fields.integer(QStringLiteral("regionId"));
    boundary.townId = fields.integer(QStringLiteral("townId"));
    boundary.crs = fields.text(QStringLiteral("crs"));
    const QCborArray polygons = fields.array(QStringLiteral("polygons"));
    boundary.revision = int(fields.integer(QStringLiteral("revision")));
    boundary.updatedAt = fields.optionalText(QStringLiteral("updatedAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    if (boundary.crs != QLatin1String(kCrsWgs84) && boundary.crs != QLatin1String(kCrsCgcs2000))
        return makeError(ErrorCode::BadMessage,
                         QStringLiteral("field 'boundary.crs' has a value this version does not know"));
    auto rings = boundaryPolygonsFromCbor(polygons, QStringLiteral("boundary.polygons"));
    if (!rings)
        return rings.error();
    boundary.polygons = std::move(rings).value();
    return boundary;
}

} // namespace gridsafe
