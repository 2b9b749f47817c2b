#include "grids/AssignmentRepository.h"

#include "sql/SqlRunner.h"

#include <QSqlQuery>

namespace gridsafe {

Result<QList<GridAssignment>> AssignmentRepository::select(const QString &where,
                                                           const QVariantMap &binds) const
{
    auto query = runSql(m_db,
                        QStringLiteral("SELECT id, grid_id, inspector_id, town_id, starts_on, ends_on, "
                                       "override_reason, end_reason, assigned_by FROM grid_assignments ")
                            + where + QStringLiteral(" ORDER BY id"),
                        binds);
    if (!query)
        return query.error();
    QList<GridAssignment> result;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        GridAssignment assignment;
        assignment.id = row.value(0).toLongLong();
        assignment.gridId = row.value(1).toLongLong();
        assignment.inspectorId = row.value(2).toLongLong();
        assignment.townId = row.value(3).toLongLong();
        assignment.startsOn = row.value(4).toString();
        assignment.endsOn = row.value(5).toString();
        assignment.overrideReason = row.value(6).toString();
        assignment.endReason = row.value(7).toString();
        assignment.assignedBy = row.value(8).toString();
        result.append(assignment);
    }
    return result;
}

Result<std::optional<GridAssignment>> AssignmentRepository::find(qint64 id) const
{
    return firstOrNone(select(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id}}));
}

Result<QList<GridAssignment>> AssignmentRepository::currentOfInspector(qint64 inspectorId) const
{
    return select(QStringLiteral("WHERE inspector_id = :inspector AND ends_on IS NULL"),
                  {{QStringLiteral("inspector"), inspectorId}});
}

Result<qint64> AssignmentRepository::open(const GridAssignment &assignment)
{
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO grid_assignments (grid_id, inspector_id, town_id, starts_on, "
                              "override_reason, assigned_by) VALUES (:grid, :inspector, :town, "
                              ":starts, :override, :by)"),
               {{QStringLiteral("grid"), assignment.gridId},
                {QStringLiteral("inspector"), assignment.inspectorId},
                {QStringLiteral("town"), assignment.townId},
                {QStringLiteral("starts"), assignment.startsOn},
                {QStringLiteral("override"), textValue(assignment.overrideReason)},
                {QStringLiteral("by"), textValue(assignment.assignedBy)}});
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Status AssignmentRepository::close(qint64 id, const QString &endsOn, const QString &reason)
{
    return execSql(m_db,
                   QStringLiteral("UPDATE grid_assignments SET ends_on = :ends, end_reason = :reason "
                                  "WHERE id = :id AND ends_on IS NULL"),
                   {{QStringLiteral("id"), id},
                    {QStringLiteral("ends"), endsOn},
                    {QStringLiteral("reason"), textValue(reason)}});
}

} // namespace gridsafe
