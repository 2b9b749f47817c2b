#include "sync/ChangeFeed.h"

#include "sql/SqlValues.h"
#include <atomic>
#include <limits>

#include "sql/SqlRunner.h"

#include <QCborValue>
#include <QSqlQuery>
#include <QVariant>

namespace gridsafe {

namespace {

std::atomic<qint64> g_scopeViolations = 0;

} // namespace

ChangeFeed::ChangeFeed(QSqlDatabase db) :
    m_db(db),
    m_otherScopes(db, QStringLiteral("SELECT town_id FROM changes WHERE entity = :entity AND entity_id = :id "
                                     "AND deleted = 0 AND IFNULL(town_id, 0) <> :scope")),
    // REPLACE deletes the entity's older row in this scope and inserts a new one with a
    // fresh sequence number.
    m_write(db, QStringLiteral("INSERT OR REPLACE INTO changes (entity, entity_id, town_id, deleted, exited, "
                               "payload) VALUES (:entity, :id, :town, :deleted, :exited, :payload)"))
{}

Status ChangeFeed::write(const QString &entity, qint64 id, std::optional<qint64> townId, bool deleted,
                         bool exited, const QVariant &payload)
{
    Status status = m_write.exec({{QStringLiteral("entity"), entity},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("town"), nullableId(townId)},
                                  {QStringLiteral("deleted"), deleted ? 1 : 0},
                                  {QStringLiteral("exited"), exited ? 1 : 0},
                                  {QStringLiteral("payload"), payload}});
    if (status)
        m_touched.insert(townId.value_or(kDistrictScope));
    return status;
}

Status ChangeFeed::leaveOtherScopes(const QString &entity, qint64 id, std::optional<qint64> townId)
{
    auto others = m_otherScopes.run({{QStringLiteral("entity"), entity},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("scope"), townId.value_or(kDistrictScope)}});
    if (!others)
        return others.error();
    QList<std::optional<qint64>> left;
    while (others.value()->next()) {
        const QVariant town = others.value()->value(0);
        left.append(town.isNull() ? std::nullopt : std::optional<qint64>(town.toLongLong()));
    }
    others.value()->finish();
    for (const auto &oldTown : left) {
        if (Status exited =
                write(entity, id, oldTown, true, true, QVariant(QMetaType(QMetaType::QByteArray)));
            !exited)
            return exited;
    }
    return success();
}

Status ChangeFeed::record(const QString &entity, qint64 id, std::optional<qint64> townId,
                          const QCborMap &data)
{
    if (Status left = leaveOtherScopes(entity, id, townId); !left)
        return left;
    return write(entity, id, townId, false, false, data.toCborValue().toCbor());
}

Status ChangeFeed::recordDeleted(const QString &entity, qint64 id, std::optional<qint64> townId)
{
    if (Status left = leaveOtherScopes(entity, id, townId); !left)
        return left;
    return write(entity, id, townId, true, false, QVariant(QMetaType(QMetaType::QByteArray)));
}

Result<qint64> ChangeFeed::head() const
{
    // sqlite_sequence keeps the highest seq ever handed out, even after REPLACE removed it.
    auto value = scalarSql(m_db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'changes'"));
    if (!value)
        return value.error();
    return value.value().isValid() ? value.value().toLongLong() : 0;
}

Result<ChangeFeed::Page> ChangeFeed::pull(const Actor &actor, qint64 since, int limit, qint64 maxBytes) const
{
    Page page;
    auto head = this->head();
    if (!head)
        return head.error();
    page.head = head.value();
    page.last = since;

    // One row more than asked tells whether another page follows.
    const PullQuery pullQuery = ChangeFeed::pullQuery(actor, since, limit + 1);
    auto query = runSql(m_db, pullQuery.sql, pullQuery.binds);
    if (!query)
        return query.error();
    int count = 0;
    while (query.value().next()) {
        const QVariant town = query.value().value(5);
        if (!visibleTo(actor, town.isNull() ? std::nullopt : std::optional<qint64>(town.toLongLong()),
                       query.value().value(6).toBool())) {
            g_scopeViolations.fetch_add(1);
            qCritical("change feed: row %lld (town %s) matched the pull of user %lld outside their scope; "
                      "not sent",
                      query.value().value(0).toLongLong(), qPrintable(town.toString()), actor.userId);
            continue;
        }
        const QByteArray payload = query.value().value(4).toByteArray();
        if (count == limit || (count > 0 && page.bytes + payload.size() > maxBytes)) {
            page.more = true;
            break;
        }
        QCborMap change;
        const qint64 seq = query.value().value(0).toLongLong();
        change.insert(QStringLiteral("seq"), seq);
        change.insert(QStringLiteral("entity"), query.value().value(1).toString());
        change.insert(QStringLiteral("id"), query.value().value(2).toLongLong());
        const bool deleted = query.value().value(3).toBool();
        change.insert(QStringLiteral("deleted"), deleted);
        if (!deleted)
            change.insert(QStringLiteral("data"), QCborValue::fromCbor(payload));
        page.bytes += payload.size();
        page.changes.append(change);
        page.last = seq;
        ++count;
    }
    // Nothing visible beyond this page: the client is as current as the server's head.
    if (!page.more)
        page.last = std::max(page.last, page.head);
    return page;
}

ChangeFeed::PullQuery ChangeFeed::pullQuery(const Actor &actor, qint64 since, int limit)
{
    const QString columns =
        QStringLiteral("SELECT seq, entity, entity_id, deleted, payload, town_id, exited FROM changes ");
    PullQuery query;
    query.binds = {{QStringLiteral("since"), since}, {QStringLiteral("limit"), limit}};
    if (!actor.seesAllTowns()) {
        // The district's rows and the town's, each an index range in sequence order, merged:
        // an OR of the two would sort everything after `since` on every page.
        query.sql = columns + QStringLiteral("WHERE town_id IS NULL AND seq > :since UNION ALL ") + columns
                    + QStringLiteral("WHERE town_id = :town AND seq > :since ORDER BY seq LIMIT :limit");
        query.binds.insert(QStringLiteral("town"),
                           actor.townId.value_or(std::numeric_limits<qint64>::min())); // matches no row
        return query;
    }
    // Whoever sees every town sees a moved entity arrive in its new town: the tombstone it
    // left in the old one is not for them. Accounts (the admin scope) are for administrators
    // only. Both read the sequence range and skip the few rows not theirs.
    query.sql = columns + QStringLiteral("WHERE seq > :since AND exited = 0");
    if (actor.role != Role::Admin) {
        query.sql += QStringLiteral(" AND IFNULL(town_id, 0) <> :admin");
        query.binds.insert(QStringLiteral("admin"), kAdminScope);
    }
    query.sql += QStringLiteral(" ORDER BY seq LIMIT :limit");
    return query;
}

bool ChangeFeed::visibleTo(const Actor &actor, std::optional<qint64> townId, bool exited)
{
    if (!actor.seesAllTowns())
        return !townId || (actor.townId && *townId == *actor.townId);
    if (exited)
        return false;
    return actor.role == Role::Admin || townId.value_or(kDistrictScope) != kAdminScope;
}

qint64 ChangeFeed::scopeViolations()
{
    return g_scopeViolations.load();
}

QSet<qint64> ChangeFeed::takeTouchedScopes()
{
    QSet<qint64> touched;
    touched.swap(m_touched);
    return touched;
}

} // namespace gridsafe
