#pragma once
// Publishing the grid network's replicated entities (grid, assignment, division) after a
// change, and raising the town's division revision, so every handler that touches a
// town's grids or assignments does both the same way.

#include "util/Result.h"

#include <QSqlDatabase>

namespace gridsafe {

class ChangeFeed;

class GridFeed
{
public:
    static Status publishGrid(QSqlDatabase db, ChangeFeed &changes, qint64 gridId);
    static Status publishAssignment(QSqlDatabase db, ChangeFeed &changes, qint64 assignmentId);
    // The town's grids or assignments changed: a new division revision (a filing of the old
    // one is now stale).
    static Status divisionChanged(QSqlDatabase db, ChangeFeed &changes, qint64 townId, const QString &at);
    // Grids published before grids had codes and kinds are published again, once.
    static Status republishOldGrids(QSqlDatabase db, ChangeFeed &changes);
};

} // namespace gridsafe
