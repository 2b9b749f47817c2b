#pragma once
// Publishing the grid network's replicated entities (grid, assignment, division) after a
// change, and raising the town's division revision, so every handler that touches a
// town's grids or assignments does both the same way.

#include "commands/CommandContext.h"
#include "domain/Grid.h"
#include "util/Result.h"

#include <QCborMap>
#include <QSqlDatabase>

namespace gridsafe {

class ChangeFeed;

class GridFeed
{
public:
    // Returns the grid as published (its new revision, its inspector).
    static Result<Grid> publishGrid(QSqlDatabase db, ChangeFeed &changes, qint64 gridId);
    static Status publishAssignment(QSqlDatabase db, ChangeFeed &changes, qint64 assignmentId);
    // Ends the grid's current assignment (if any) on `endsOn` and publishes it: when the
    // inspector is replaced or leaves, and when the grid is retired.
    static Status endAssignment(QSqlDatabase db, ChangeFeed &changes, const Grid &grid, const QString &endsOn,
                                const QString &reason);
    // The town's grids or assignments changed: a new division revision (a filing of the old
    // one is now stale).
    static Status divisionChanged(QSqlDatabase db, ChangeFeed &changes, qint64 townId, const QString &at);
    // After a command changed a grid: publishes it, raises its town's division revision,
    // names it for the audit log and answers {gridId, revision, assignmentId?}.
    static Result<QCborMap> gridChanged(CommandContext &context, qint64 gridId);
    // Grids published before grids had codes and kinds are published again, once.
    static Status republishOldGrids(QSqlDatabase db, ChangeFeed &changes);
};

} // namespace gridsafe
