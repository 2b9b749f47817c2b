#include "domain/RegionBoundary.h"

#include "domain/GeoJsonBoundaries.h"
#include "protocol/FieldReader.h"

#include <QCborArray>

#include <cmath>

namespace gridsafe {

namespace {

Error badPolygons(const QString &why)
{
    return makeError(ErrorCode::BadMessage, QStringLiteral("field 'boundary.polygons' %1").arg(why));
}

bool isNumber(const QCborValue &value)
{
    return value.isDouble() || value.isInteger();
}

} // namespace

QCborMap RegionBoundary::toPayload() const
{
    QCborArray polygonArray;
    for (const QList<QPointF> &ring : polygons) {
        QCborArray positions;
        for (const QPointF &point : ring)
            positions.append(QCborArray{point.x(), point.y()});
        polygonArray.append(positions);
    }
    QCborMap map;
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("town"), townName);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("polygons"), polygonArray);
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

    // The same bounds as a GeoJSON import: a payload is no way around them.
    qsizetype positionCount = 0;
    for (const QCborValue &ringValue : polygonArray) {
        if (!ringValue.isArray())
            return badPolygons(QStringLiteral("must be an array of rings"));
        const QCborArray positions = ringValue.toArray();
        positionCount += positions.size();
        if (positionCount > kMaxBoundaryPositionsPerFeature)
            return badPolygons(
                QStringLiteral("has more than %1 positions").arg(kMaxBoundaryPositionsPerFeature));
        if (positions.size() < 4)
            return badPolygons(QStringLiteral("has a ring of fewer than 4 positions"));
        QList<QPointF> ring;
        ring.reserve(positions.size());
        for (const QCborValue &position : positions) {
            const QCborArray pair = position.toArray();
            if (!position.isArray() || pair.size() != 2 || !isNumber(pair.at(0)) || !isNumber(pair.at(1)))
                return badPolygons(QStringLiteral("must hold [longitude, latitude] pairs of numbers"));
            const QPointF point(pair.at(0).toDouble(), pair.at(1).toDouble());
            if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
                return badPolygons(QStringLiteral("holds a position that is not a finite number"));
            ring.append(point);
        }
        // Exact comparison: QPointF's == is fuzzy, and GeoJSON asks for the same position.
        if (ring.constFirst().x() != ring.constLast().x() || ring.constFirst().y() != ring.constLast().y())
            return badPolygons(QStringLiteral("has a ring that is not closed"));
        boundary.polygons.append(ring);
    }
    return boundary;
}

} // namespace gridsafe
