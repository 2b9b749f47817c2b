#pragma once
// The change feed: every committed change of a replicated entity gets a new sequence
// number. One row per entity (the newest), so a pull from 0 is a snapshot and a pull from N
// is exactly what changed after N. Rows carry the town they belong to for scope filtering.

#include "domain/Actor.h"
#include "util/Result.h"

#include <QCborArray>
#include <QCborMap>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class ChangeFeed
{
public:
    struct Page
    {
        QCborArray changes; // [{seq, entity, id, deleted, data}]
        qint64 head = 0;    // newest sequence number on the server
        qint64 last = 0;    // sequence number of the last change in this page (or `since`)
        bool more = false;  // another page follows
    };

    // Scope key for notes: 0 stands for district-wide rows (visible to everyone).
    static constexpr qint64 kDistrictScope = 0;

    explicit ChangeFeed(QSqlDatabase db) : m_db(std::move(db)) {}

    Status record(const QString &entity, qint64 id, std::optional<qint64> townId, const QCborMap &data);
    Status recordDeleted(const QString &entity, qint64 id, std::optional<qint64> townId);

    Result<qint64> head() const;
    Result<Page> pull(const Actor &actor, qint64 since, int limit) const;

    // Scopes touched since the last call, for "changed" notes after commit.
    QSet<qint64> takeTouchedScopes();
    void discardTouchedScopes() { m_touched.clear(); }

private:
    QSqlDatabase m_db;
    QSet<qint64> m_touched;
};

} // namespace gridsafe
