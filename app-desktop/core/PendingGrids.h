#pragma once
// The grids of a town as they will be once the outbox is through: the replica's rows with
// the queued grid commands laid over them, in order. Nothing is written: the replica only
// ever holds what the server confirmed. A grid created offline has no server id yet; it
// shows with the negative of its outbox position as its id.

#include "core/Outbox.h"
#include "domain/Grid.h"

#include <QList>
#include <QStringList>

namespace gridsafe {

struct ShownGrid
{
    Grid grid;
    QStringList pendingChanges; // what is queued for it, in words, oldest first
    QString lastPendingCommand; // the newest queued command on it: a further edit builds on this

    bool isPending() const { return !pendingChanges.isEmpty(); }
    bool isCreatedOffline() const { return grid.id < 0; }
};

class PendingGrids
{
public:
    // Rejected commands (and the ones built on them) are not laid over: they will not apply
    // as they are.
    static QList<ShownGrid> overlay(const QList<Grid> &confirmed, qint64 townId,
                                    const QList<OutboxEntry> &queue);
};

} // namespace gridsafe
