#include "grids/GridRepository.h"

#include "sql/SqlRunner.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace gridsafe {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT g.id, g.town_id, g.name, g.status, g.revision, g.created_at, g.updated_at, g.retired_at, "
    "g.retire_reason, g.code, g.kind, g.part, a.inspector_id, a.id FROM grids g "
    "LEFT JOIN grid_assignments a ON a.grid_id = g.id AND a.ends_on IS NULL");

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
    grid.code = query.value(9).toString();
    grid.kind = Grid::kindFromName(query.value(10).toString()).value_or(Grid::Kind::Village);
    grid.part = query.value(11).toString();
    if (!query.value(12).isNull()) {
        grid.inspectorId = query.value(12).toLongLong();
        grid.assignmentId = query.value(13).toLongLong();
    }
    return grid;
}

} // namespace

Result<QList<Grid>> GridRepository::select(const QString &where, const QVariantMap &binds) const
{
    auto query = runSql(m_db, kSelect + where + QStringLiteral(" ORDER BY g.id"), binds);
    if (!query)
        return query.error();
    QList<Grid> grids;
    QHash<qint64, int> index;
    while (query.value().next()) {
        index.insert(query.value().value(0).toLongLong(), int(grids.size()));
        grids.append(readGrid(query.value()));
    }
    if (grids.isEmpty())
        return grids;
    // The areas of all selected grids in one pass.
    auto areas = runSql(m_db,
                        QStringLiteral("SELECT a.grid_id, a.region_id FROM grid_areas a JOIN grids g ON "
                                       "g.id = a.grid_id %1 ORDER BY a.region_id")
                            .arg(where),
                        binds);
    if (!areas)
        return areas.error();
    while (areas.value().next()) {
        const auto it = index.constFind(areas.value().value(0).toLongLong());
        if (it != index.cend())
            grids[*it].areaIds.append(areas.value().value(1).toLongLong());
    }
    return grids;
}

Result<std::optional<Grid>> GridRepository::find(qint64 id) const
{
    return firstOrNone(select(QStringLiteral(" WHERE g.id = :id"), {{QStringLiteral("id"), id}}));
}

Result<QList<Grid>> GridRepository::all() const
{
    return select(QString(), {});
}

Result<QList<Grid>> GridRepository::inTown(qint64 townId) const
{
    return select(QStringLiteral(" WHERE g.town_id = :town"), {{QStringLiteral("town"), townId}});
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

Result<bool> GridRepository::activeCodeTaken(qint64 townId, const QString &code, qint64 exceptId) const
{
    auto found = scalarSql(m_db,
                           QStringLiteral("SELECT 1 FROM grids WHERE town_id = :town AND code = :code "
                                          "AND status = 'active' AND id <> :except"),
                           {{QStringLiteral("town"), townId},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("except"), exceptId}});
    if (!found)
        return found.error();
    return found.value().isValid();
}

Result<QString> GridRepository::nextFreeCode(qint64 townId) const
{
    // One more than the town's highest WG-NN, retired grids included (a retired grid can be
    // restored with its code): computed by SQLite, not by reading every code.
    auto highest =
        scalarSql(m_db,
                  QStringLiteral("SELECT MAX(CAST(substr(code, 4) AS INTEGER)) FROM grids WHERE town_id = "
                                 ":town AND code GLOB 'WG-[0-9]*' AND length(code) <= 8"),
                  {{QStringLiteral("town"), townId}});
    if (!highest)
        return highest.error();
    return QStringLiteral("WG-%1").arg(highest.value().toLongLong() + 1, 2, 10, QLatin1Char('0'));
}

Result<std::optional<GridRepository::Sharing>>
GridRepository::firstSharing(const QList<qint64> &areaIds, qint64 exceptId, bool wholeOnly) const
{
    for (qint64 area : areaIds) {
        auto query =
            runSql(m_db,
                   QStringLiteral("SELECT g.name FROM grid_areas a JOIN grids g ON g.id = a.grid_id "
                                  "WHERE a.region_id = :area AND g.status = 'active' AND g.id <> :except "
                                  "AND (:whole = 0 OR g.part = '') LIMIT 1"),
                   {{QStringLiteral("area"), area},
                    {QStringLiteral("except"), exceptId},
                    {QStringLiteral("whole"), wholeOnly ? 1 : 0}});
        if (!query)
            return query.error();
        if (query.value().next())
            return std::optional(Sharing{query.value().value(0).toString(), area});
    }
    return std::optional<Sharing>();
}

Result<qint64> GridRepository::insert(const Grid &grid)
{
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO grids (town_id, code, name, kind, part, status, revision, "
                              "created_at, updated_at) VALUES (:town, :code, :name, :kind, :part, "
                              "'active', 1, :at, :at)"),
               {{QStringLiteral("town"), grid.townId},
                {QStringLiteral("code"), textValue(grid.code)},
                {QStringLiteral("name"), grid.name},
                {QStringLiteral("kind"), Grid::kindName(grid.kind)},
                {QStringLiteral("part"), textValue(grid.part)},
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
                                 QStringLiteral("UPDATE grids SET code = :code, name = :name, kind = :kind, "
                                                "part = :part, updated_at = :at, revision = revision + 1 "
                                                "WHERE id = :id"),
                                 {{QStringLiteral("id"), grid.id},
                                  {QStringLiteral("code"), textValue(grid.code)},
                                  {QStringLiteral("name"), grid.name},
                                  {QStringLiteral("kind"), Grid::kindName(grid.kind)},
                                  {QStringLiteral("part"), textValue(grid.part)},
                                  {QStringLiteral("at"), grid.updatedAt}});
        !updated)
        return updated;
    if (Status cleared = execSql(m_db, QStringLiteral("DELETE FROM grid_areas WHERE grid_id = :grid"),
                                 {{QStringLiteral("grid"), grid.id}});
        !cleared)
        return cleared;
    return writeAreas(grid.id, grid.areaIds);
}

Status GridRepository::bumpRevision(qint64 id, const QString &at)
{
    return execSql(
        m_db, QStringLiteral("UPDATE grids SET updated_at = :at, revision = revision + 1 WHERE id = :id"),
        {{QStringLiteral("id"), id}, {QStringLiteral("at"), at}});
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
