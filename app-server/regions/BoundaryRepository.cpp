#include "regions/BoundaryRepository.h"

#include "sql/SqlRunner.h"

#include <QCborValue>
#include <QSqlQuery>

namespace gridsafe {

Result<std::optional<Boundary>> BoundaryRepository::find(qint64 regionId) const
{
    auto query = runSql(m_db,
                        QStringLiteral("SELECT region_id, town_id, crs, polygons, revision, updated_at "
                                       "FROM boundaries WHERE region_id = :region"),
                        {{QStringLiteral("region"), regionId}});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Boundary>();
    const QSqlQuery &row = query.value();
    auto polygons = boundaryPolygonsFromCbor(QCborValue::fromCbor(row.value(3).toByteArray()).toArray(),
                                             QStringLiteral("boundaries.polygons"));
    if (!polygons) // only this class writes the column: a failure means a damaged file
        return makeError(ErrorCode::Internal, polygons.error().message);
    Boundary boundary;
    boundary.regionId = row.value(0).toLongLong();
    boundary.townId = row.value(1).toLongLong();
    boundary.crs = row.value(2).toString();
    boundary.polygons = std::move(polygons).value();
    boundary.revision = row.value(4).toInt();
    boundary.updatedAt = row.value(5).toString();
    return std::optional(boundary);
}

Result<bool> BoundaryRepository::any() const
{
    auto found = scalarSql(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM boundaries)"));
    if (!found)
        return found.error();
    return found.value().toBool();
}

Result<Boundary> BoundaryRepository::replace(Boundary boundary)
{
    auto current =
        scalarSql(m_db, QStringLiteral("SELECT revision FROM boundaries WHERE region_id = :region"),
                  {{QStringLiteral("region"), boundary.regionId}});
    if (!current)
        return current.error();
    boundary.revision = current.value().isValid() ? current.value().toInt() + 1 : 1;
    if (Status stored = execSql(
            m_db,
            QStringLiteral("INSERT OR REPLACE INTO boundaries (region_id, town_id, crs, polygons, revision, "
                           "updated_at) VALUES (:region, :town, :crs, :polygons, :revision, :at)"),
            {{QStringLiteral("region"), boundary.regionId},
             {QStringLiteral("town"), boundary.townId},
             {QStringLiteral("crs"), boundary.crs},
             {QStringLiteral("polygons"), QCborValue(boundaryPolygonsToCbor(boundary.polygons)).toCbor()},
             {QStringLiteral("revision"), boundary.revision},
             {QStringLiteral("at"), boundary.updatedAt}});
        !stored)
        return stored.error();
    return boundary;
}

} // namespace gridsafe
