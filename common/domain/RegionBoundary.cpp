#include "domain/RegionBoundary.h"

#include "domain/GeoJsonBoundaries.h"
#include "protocol/FieldReader.h"

#include <cmath>

namespace gridsafe {

namespace {

bool isNumber(const QCborValue &value)
{
    return value.isDouble() || value.isInteger();
}

} // namespace

QCborArray boundaryPolygonsToCbor(const QList<QList<QPointF>> &polygons)
{
    QCborArray polygonArray;
    for (const QList<QPointF> &ring : polygons) {
        QCborArray positions;
        for (const QPointF &point : ring)
            positions.append(QCborArray{point.x(), point.y()});
        polygonArray.append(positions);
    }
    return polygonArray;
}

Result<QList<QList<QPointF>>> boundaryPolygonsFromCbor(const QCborArray &polygonArray, const QString &field)
{
    const auto bad = [&field](const QString &why) {
        return makeError(ErrorCode::BadMessage, QStringLiteral("field '%1' %2").arg(field, why));
    };
    if (polygonArray.size() > kMaxBoundaryRingsPerFeature)
        return bad(QStringLiteral("has more than %1 rings").arg(kMaxBoundaryRingsPerFeature));
    QList<QList<QPointF>> polygons;
    polygons.reserve(polygonArray.size());
    qsizetype positionCount = 0;
    for (const QCborValue &ringValue : polygonArray) {
        if (!ringValue.isArray())
            return bad(QStringLiteral("must be an array of rings"));
        const QCborArray positions = ringValue.toArray();
        positionCount += positions.size();
        if (positionCount > kMaxBoundaryPositionsPerFeature)
            return bad(QStringLiteral("has more than %1 positions").arg(kMaxBoundaryPositionsPerFeature));
        if (positions.size() < 4)
            return bad(QStringLiteral("has a ring of fewer than 4 positions"));
        QList<QPointF> ring;
        ring.reserve(positions.size());
        for (const QCborValue &position : positions) {
            const QCborArray pair = position.toArray();
            if (!position.isArray() || pair.size() != 2 || !isNumber(pair.at(0)) || !isNumber(pair.at(1)))
                return bad(QStringLiteral("must hold [longitude, latitude] pairs of numbers"));
            const QPointF point(pair.at(0).toDouble(), pair.at(1).toDouble());
            if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
                return bad(QStringLiteral("holds a position that is not a finite number"));
            ring.append(point);
        }
        // Exact comparison: QPointF's == is fuzzy, and GeoJSON asks for the same position.
        if (ring.constFirst().x() != ring.constLast().x() || ring.constFirst().y() != ring.constLast().y())
            return bad(QStringLiteral("has a ring that is not closed"));
        polygons.append(ring);
    }
    return polygons;
}

QCborMap RegionBoundary::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("town"), townName);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("polygons"), boundaryPolygonsToCbor(polygons));
    return map;
}

Result<RegionBoundary> RegionBoundary::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("boundary"));
    RegionBoundary boundary;
    boundary.code = fields.text(QStringLiteral("code"));
    boundary.townName = fields.text(QStringLiteral("town"));
    boundary.name = fields.text(QStringLiteral("name"));
    const QCborArray polygonArray = fields.array(QStringLiteral("polygons"));
    if (!fields.ok())
        return fields.error();
    auto polygons = boundaryPolygonsFromCbor(polygonArray, QStringLiteral("boundary.polygons"));
    if (!polygons)
        return polygons.error();
    boundary.polygons = std::move(polygons).value();
    return boundary;
}

} // namespace gridsafe
