#pragma once
// The change feed: every committed change of a replicated entity gets a new sequence
// number. One row per entity and scope (the newest), so a pull from 0 is a snapshot and a
// pull from N is exactly what changed after N. Rows carry the town they belong to for scope
// filtering. An entity that moves to another town leaves an `exited` tombstone in its old
// town's scope, written before the new row, so the old town's replicas drop it and a reader
// of every town (who skips those tombstones) never loses it.

#include "domain/Actor.h"
#include "sql/PreparedStatement.h"
#include "util/Result.h"

#include <QCborArray>
#include <QCborMap>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace gridsafe {

class ChangeFeed
{
public:
    struct Page
    {
        QCborArray changes; // [{seq, entity, id, deleted, data}]
        qint64 bytes = 0;   // encoded size of the changes' data
        qint64 head = 0;    // newest sequence number on the server
        qint64 last = 0;    // sequence number of the last change in this page (or `since`)
        bool more = false;  // another page follows
    };

    struct PullQuery
    {
        QString sql;
        QVariantMap binds;
    };

    // Scope key for notes: 0 stands for district-wide rows (visible to everyone).
    static constexpr qint64 kDistrictScope = 0;
    // Rows only administrators see (user accounts).
    static constexpr qint64 kAdminScope = -1;

    explicit ChangeFeed(QSqlDatabase db);

    Status record(const QString &entity, qint64 id, std::optional<qint64> townId, const QCborMap &data);
    Status recordDeleted(const QString &entity, qint64 id, std::optional<qint64> townId);

    Result<qint64> head() const;
    // At most `limit` changes and about `maxBytes` of data (never less than one change).
    Result<Page> pull(const Actor &actor, qint64 since, int limit, qint64 maxBytes = kMaxPageBytes) const;

    static constexpr qint64 kMaxPageBytes = 1024 * 1024;
    // The query behind pull(), for its plan to be checked: rows after `since` in the actor's
    // scope in sequence order, `limit` of them, read through an index without a sort.
    static PullQuery pullQuery(const Actor &actor, qint64 since, int limit);
    // The scope rules again, row by row, apart from the SQL: whether a feed row may go to
    // this actor. pull() holds every row to them; a row the query returned that they refuse
    // is not sent, but logged and counted.
    static bool visibleTo(const Actor &actor, std::optional<qint64> townId, bool exited);
    // Rows refused so since the process started; the test programs fail a run that saw any,
    // so every pull in the test suite is checked.
    static qint64 scopeViolations();

    // Scopes touched since the last call, for "changed" notes after commit.
    QSet<qint64> takeTouchedScopes();
    void discardTouchedScopes() { m_touched.clear(); }

private:
    Status leaveOtherScopes(const QString &entity, qint64 id, std::optional<qint64> townId);
    Status write(const QString &entity, qint64 id, std::optional<qint64> townId, bool deleted, bool exited,
                 const QVariant &payload);

    QSqlDatabase m_db;
    // Run for every change of every command: prepared once.
    PreparedStatement m_otherScopes;
    PreparedStatement m_write;
    QSet<qint64> m_touched;
};

} // namespace gridsafe
