#include "sync/ChangeFeed.h"

#include "sql/SqlRunner.h"

#include <QCborValue>
#include <QSqlQuery>
#include <QVariant>

namespace gridsafe {

namespace {

QVariant nullableTown(const std::optional<qint64> &townId)
{
    return townId ? QVariant(*townId) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Status ChangeFeed::record(const QString &entity, qint64 id, std::optional<qint64> townId,
                          const QCborMap &data)
{
    // REPLACE deletes the entity's older row and inserts a new one with a fresh sequence.
    Status status = execSql(m_db,
                            QStringLiteral("INSERT OR REPLACE INTO changes (entity, entity_id, town_id, "
                                           "deleted, payload) VALUES (:entity, :id, :town, 0, :payload)"),
                            {{QStringLiteral("entity"), entity},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("town"), nullableTown(townId)},
                             {QStringLiteral("payload"), data.toCborValue().toCbor()}});
    if (status)
        m_touched.insert(townId.value_or(kDistrictScope));
    return status;
}

Status ChangeFeed::recordDeleted(const QString &entity, qint64 id, std::optional<qint64> townId)
{
    Status status = execSql(m_db,
                            QStringLiteral("INSERT OR REPLACE INTO changes (entity, entity_id, town_id, "
                                           "deleted, payload) VALUES (:entity, :id, :town, 1, NULL)"),
                            {{QStringLiteral("entity"), entity},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("town"), nullableTown(townId)}});
    if (status)
        m_touched.insert(townId.value_or(kDistrictScope));
    return status;
}

Result<qint64> ChangeFeed::head() const
{
    // sqlite_sequence keeps the highest seq ever handed out, even after REPLACE removed it.
    auto value = scalarSql(m_db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'changes'"));
    if (!value)
        return value.error();
    return value.value().isValid() ? value.value().toLongLong() : 0;
}

Result<ChangeFeed::Page> ChangeFeed::pull(const Actor &actor, qint64 since, int limit) const
{
    Page page;
    auto head = this->head();
    if (!head)
        return head.error();
    page.head = head.value();
    page.last = since;

    // One row more than asked tells whether another page follows.
    const QString scoped =
        actor.seesAllTowns() ? QString() : QStringLiteral(" AND (town_id IS NULL OR town_id = :town)");
    QVariantMap binds{{QStringLiteral("since"), since}, {QStringLiteral("limit"), limit + 1}};
    if (!actor.seesAllTowns())
        binds.insert(QStringLiteral("town"), actor.townId.value_or(-1));
    auto query = runSql(m_db,
                        QStringLiteral("SELECT seq, entity, entity_id, deleted, payload FROM changes "
                                       "WHERE seq > :since%1 ORDER BY seq LIMIT :limit")
                            .arg(scoped),
                        binds);
    if (!query)
        return query.error();
    int count = 0;
    while (query.value().next()) {
        if (count == limit) {
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
            change.insert(QStringLiteral("data"), QCborValue::fromCbor(query.value().value(4).toByteArray()));
        page.changes.append(change);
        page.last = seq;
        ++count;
    }
    // Nothing visible beyond this page: the client is as current as the server's head.
    if (!page.more)
        page.last = std::max(page.last, page.head);
    return page;
}

QSet<qint64> ChangeFeed::takeTouchedScopes()
{
    QSet<qint64> touched;
    touched.swap(m_touched);
    return touched;
}

} // namespace gridsafe
