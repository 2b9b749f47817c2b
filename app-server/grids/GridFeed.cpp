#include "grids/GridFeed.h"

#include "domain/EntityName.h"
#include "grids/AssignmentRepository.h"
#include "grids/DivisionRepository.h"
#include "grids/GridRepository.h"
#include "sql/SqlRunner.h"
#include "sql/TransactionGuard.h"
#include "sync/ChangeFeed.h"

#include <QSqlQuery>

namespace gridsafe {

Result<Grid> GridFeed::publishGrid(QSqlDatabase db, ChangeFeed &changes, qint64 gridId)
{
    auto grid = GridRepository(db).find(gridId);
    if (!grid)
        return grid.error();
    if (!grid.value())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("grid %1 vanished before publishing").arg(gridId));
    if (Status recorded = changes.record(QString::fromLatin1(entity::kGrid), gridId, grid.value()->townId,
                                         grid.value()->toPayload());
        !recorded)
        return recorded.error();
    return *grid.value();
}

Status GridFeed::endAssignment(QSqlDatabase db, ChangeFeed &changes, const Grid &grid, const QString &endsOn,
                               const QString &reason)
{
    if (!grid.assignmentId)
        return success();
    if (Status closed = AssignmentRepository(db).close(*grid.assignmentId, endsOn, reason); !closed)
        return closed;
    return publishAssignment(db, changes, *grid.assignmentId);
}

Status GridFeed::publishAssignment(QSqlDatabase db, ChangeFeed &changes, qint64 assignmentId)
{
    auto assignment = AssignmentRepository(db).find(assignmentId);
    if (!assignment)
        return assignment.error();
    if (!assignment.value())
        return success();
    return changes.record(QString::fromLatin1(entity::kAssignment), assignmentId, assignment.value()->townId,
                          assignment.value()->toPayload());
}

Status GridFeed::divisionChanged(QSqlDatabase db, ChangeFeed &changes, qint64 townId, const QString &at)
{
    auto state = DivisionRepository(db).bump(townId, at);
    if (!state)
        return state.error();
    return changes.record(QString::fromLatin1(entity::kDivision), townId, townId, state->toPayload());
}

Result<QCborMap> GridFeed::gridChanged(CommandContext &context, qint64 gridId)
{
    auto grid = publishGrid(context.db, context.changes, gridId);
    if (!grid)
        return grid.error();
    if (Status division = divisionChanged(context.db, context.changes, grid->townId, context.nowText());
        !division)
        return division.error();
    context.auditEntity = QString::fromLatin1(entity::kGrid);
    context.auditEntityId = gridId;
    QCborMap result{{QStringLiteral("gridId"), gridId}, {QStringLiteral("revision"), grid->revision}};
    if (grid->assignmentId)
        result.insert(QStringLiteral("assignmentId"), *grid->assignmentId);
    return result;
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
        if (auto published = publishGrid(db, changes, id); !published)
            return published.error();
    }
    if (Status marked =
            execSql(db, QStringLiteral("INSERT OR REPLACE INTO server_meta (key, value) VALUES (:key, '2')"),
                    {{QStringLiteral("key"), key}});
        !marked)
        return marked;
    return transaction.commit();
}

} // namespace gridsafe
