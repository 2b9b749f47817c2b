#include "grids/DivisionRepository.h"

#include "sql/SqlRunner.h"

#include <QSqlQuery>

namespace gridsafe {

Result<std::optional<DivisionState>> DivisionRepository::find(qint64 townId) const
{
    auto query =
        runSql(m_db, QStringLiteral("SELECT revision, changed_at FROM division_state WHERE town_id = :town"),
               {{QStringLiteral("town"), townId}});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<DivisionState>();
    DivisionState state;
    state.townId = townId;
    state.revision = query.value().value(0).toInt();
    state.changedAt = query.value().value(1).toString();
    return std::optional(state);
}

Result<DivisionState> DivisionRepository::bump(qint64 townId, const QString &at)
{
    if (Status raised = execSql(m_db,
                                QStringLiteral("INSERT INTO division_state (town_id, revision, changed_at) "
                                               "VALUES (:town, 1, :at) ON CONFLICT (town_id) DO UPDATE SET "
                                               "revision = revision + 1, changed_at = :at"),
                                {{QStringLiteral("town"), townId}, {QStringLiteral("at"), at}});
        !raised)
        return raised.error();
    auto state = find(townId);
    if (!state)
        return state.error();
    return *state.value();
}

} // namespace gridsafe
