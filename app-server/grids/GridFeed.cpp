#include "grids/GridFeed.h"

#include "grids/AssignmentRepository.h"
#include "grids/DivisionRepository.h"
#include "grids/GridRepository.h"
#include "sql/SqlRunner.h"
#include "sql/TransactionGuard.h"
#include "sync/ChangeFeed.h"

#include <QSqlQuery>

namespace gridsafe {

Status GridFeed::publishGrid(QSqlDatabase db, ChangeFeed &changes, qint64 gridId)
{
    auto grid = GridRepository(db).find(gridId);
    if (!grid)
        return grid.error();
    if (!grid.value())
        return success();
    return changes.record(QStringLiteral("grid"), gridId, grid.value()->townId, grid.value()->toPayload());
}

Status GridFeed::publishAssignment(QSqlDatabase db, ChangeFeed &changes, qint64 assignmentId)
{
    auto assignment = AssignmentRepository(db).find(assignmentId);
    if (!assignment)
        return assignment.error();
    if (!assignment.value())
        return success();
    return changes.record(QStringLiteral("assignment"), assignmentId, assignment.value()->townId,
                          assignment.value()->toPayload());
}

Status GridFeed::divisionChanged(QSqlDatabase db, ChangeFeed &changes, qint64 townId, const QString &at)
{
    auto state = DivisionRepository(db).bump(townId, at);
    if (!state)
        return state.error();
    return changes.record(QStringLiteral("division"), townId, townId, state->toPayload());
}

Status GridFeed::republishOldGrids(QSqlDatabase db, ChangeFeed &changes)
{
    const QString key = QStringLiteral("grid_feed_version");
    auto version = scalarSql(db, QStringLiteral("SELECT value FROM server_meta WHERE key = :key"),
                             {{QStringLiteral("key"), key}});
    if (!version)
        return version.error();
    if (version.value().toInt() >= 2)
        return success();
    TransactionGuard transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    auto ids = runSql(db, QStringLiteral("SELECT id FROM grids ORDER BY id"));
    if (!ids)
        return ids.error();
    QList<qint64> gridIds;
    while (ids.value().next())
        gridIds.append(ids.value().value(0).toLongLong());
    for (qint64 id : gridIds) {
        if (Status published = publishGrid(db, changes, id); !published)
            return published;
    }
    if (Status marked =
            execSql(db, QStringLiteral("INSERT OR REPLACE INTO server_meta (key, value) VALUES (:key, '2')"),
                    {{QStringLiteral("key"), key}});
        !marked)
        return marked;
    return transaction.commit();
}

} // namespace gridsafe
