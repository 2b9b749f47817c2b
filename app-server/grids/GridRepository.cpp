#include "grids/GridRepository.h"

#include "sql/SqlRunner.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace gridsafe {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, town_id, name, status, revision, created_at, updated_at, retired_at, retire_reason "
    "FROM grids");

Grid readGrid(const QSqlQuery &query)
{
    Grid grid;
    grid.id = query.value(0).toLongLong();
    grid.townId = query.value(1).toLongLong();
    grid.name = query.value(2).toString();
    grid.status =
        query.value(3).toString() == QLatin1String("retired") ? Grid::Status::Retired : Grid::Status::Active;
    grid.revision = query.value(4).toInt();
    grid.createdAt = query.value(5).toString();
    grid.updatedAt = query.value(6).toString();
    grid.retiredAt = query.value(7).toString();
    grid.retireReason = query.value(8).toString();
    return grid;
}

Result<QList<qint64>> readAreas(const QSqlDatabase &db, qint64 gridId)
{
    auto query = runSql(db,
                        QStringLiteral("SELECT region_id FROM grid_areas WHERE grid_id = :grid "
                                       "ORDER BY region_id"),
                        {{QStringLiteral("grid"), gridId}});
    if (!query)
        return query.error();
    QList<qint64> areas;
    while (query.value().next())
        areas.append(query.value().value(0).toLongLong());
    return areas;
}

} // namespace

Result<std::optional<Grid>> GridRepository::find(qint64 id) const
{
    auto query = runSql(m_db, kSelect + QStringLiteral(" WHERE id = :id"), {{QStringLiteral("id"), id}});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Grid>();
    Grid grid = readGrid(query.value());
    auto areas = readAreas(m_db, id);
    if (!areas)
        return areas.error();
    grid.areaIds = areas.value();
    return std::optional<Grid>(grid);
}

Result<QList<Grid>> GridRepository::inTown(qint64 townId) const
{
    auto query = runSql(m_db, kSelect + QStringLiteral(" WHERE town_id = :town ORDER BY id"),
                        {{QStringLiteral("town"), townId}});
    if (!query)
        return query.error();
    QList<Grid> grids;
    while (query.value().next())
        grids.append(readGrid(query.value()));
    for (Grid &grid : grids) {
        auto areas = readAreas(m_db, grid.id);
        if (!areas)
            return areas.error();
        grid.areaIds = areas.value();
    }
    return grids;
}

Result<bool> GridRepository::activeNameTaken(qint64 townId, const QString &name, qint64 exceptId) const
{
    auto found = scalarSql(m_db,
                           QStringLiteral("SELECT 1 FROM grids WHERE town_id = :town AND name = :name "
                                          "AND status = 'active' AND id <> :except"),
                           {{QStringLiteral("town"), townId},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("except"), exceptId}});
    if (!found)
        return found.error();
    return found.value().isValid();
}

Result<qint64> GridRepository::insert(const Grid &grid)
{
    auto query = runSql(m_db,
                        QStringLiteral("INSERT INTO grids (town_id, name, status, revision, created_at, "
                                       "updated_at) VALUES (:town, :name, 'active', 1, :at, :at)"),
                        {{QStringLiteral("town"), grid.townId},
                         {QStringLiteral("name"), grid.name},
                         {QStringLiteral("at"), grid.createdAt}});
    if (!query)
        return query.error();
    const qint64 id = query.value().lastInsertId().toLongLong();
    if (Status written = writeAreas(id, grid.areaIds); !written)
        return written.error();
    return id;
}

Status GridRepository::update(const Grid &grid)
{
    if (Status updated = execSql(m_db,
                                 QStringLiteral("UPDATE grids SET name = :name, updated_at = :at, "
                                                "revision = revision + 1 WHERE id = :id"),
                                 {{QStringLiteral("id"), grid.id},
                                  {QStringLiteral("name"), grid.name},
                                  {QStringLiteral("at"), grid.updatedAt}});
        !updated)
        return updated;
    if (Status cleared = execSql(m_db, QStringLiteral("DELETE FROM grid_areas WHERE grid_id = :grid"),
                                 {{QStringLiteral("grid"), grid.id}});
        !cleared)
        return cleared;
    return writeAreas(grid.id, grid.areaIds);
}

Status GridRepository::retire(qint64 id, const QString &at, const QString &reason)
{
    return execSql(
        m_db,
        QStringLiteral("UPDATE grids SET status = 'retired', retired_at = :at, "
                       "retire_reason = :reason, updated_at = :at, revision = revision + 1 "
                       "WHERE id = :id"),
        {{QStringLiteral("id"), id}, {QStringLiteral("at"), at}, {QStringLiteral("reason"), reason}});
}

Status GridRepository::restore(qint64 id, const QString &at)
{
    return execSql(
        m_db,
        QStringLiteral("UPDATE grids SET status = 'active', retired_at = NULL, retire_reason = NULL, "
                       "updated_at = :at, revision = revision + 1 WHERE id = :id"),
        {{QStringLiteral("id"), id}, {QStringLiteral("at"), at}});
}

Status GridRepository::writeAreas(qint64 gridId, const QList<qint64> &areaIds)
{
    QList<qint64> sorted = areaIds;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (qint64 area : sorted) {
        if (Status inserted = execSql(m_db,
                                      QStringLiteral("INSERT INTO grid_areas (grid_id, region_id) "
                                                     "VALUES (:grid, :region)"),
                                      {{QStringLiteral("grid"), gridId}, {QStringLiteral("region"), area}});
            !inserted)
            return inserted;
    }
    return success();
}

} // namespace gridsafe
