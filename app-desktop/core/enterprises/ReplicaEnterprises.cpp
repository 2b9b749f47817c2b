#include "core/enterprises/ReplicaEnterprises.h"

#include "sql/PreparedStatement.h"
#include "sql/SqlRunner.h"
#include "sql/SqlValues.h"

#include <QSqlQuery>

namespace gridsafe {

namespace {

const QString kRowColumns = QStringLiteral("SELECT id, town_id, credit_code, name, village_id, grid_id, "
                                           "direct, industry, sector, focus_flags, scale, "
                                           "status, risk_level FROM enterprises ");

// Flags are simplified texts: a line break never occurs inside one.
const QChar kFlagSeparator = QLatin1Char('\n');

} // namespace

const QString &ReplicaEnterprises::upsertSql()
{
    static const QString sql = QStringLiteral(
        "INSERT OR REPLACE INTO enterprises (id, town_id, credit_code, name, village_id, grid_id, direct, "
        "industry, sector, focus_flags, scale, status, risk_level, payload) VALUES (:id, :town, :code, "
        ":name, "
        ":village, :grid, :direct, :industry, :sector, :flags, :scale, :status, :risk, :payload)");
    return sql;
}

Result<bool> ReplicaEnterprises::apply(qint64 id, bool deleted, const QCborMap &data,
                                       PreparedStatement *upsert)
{
    if (deleted) {
        if (Status removed = execSql(m_db, QStringLiteral("DELETE FROM enterprises WHERE id = :id"),
                                     {{QStringLiteral("id"), id}});
            !removed)
            return removed.error();
        return true;
    }
    auto enterprise = Enterprise::fromPayload(data);
    if (!enterprise)
        return false; // e.g. a key sector or status added after this version
    const Enterprise &e = enterprise.value();
    const QVariantMap binds{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("town"), e.townId},
        {QStringLiteral("code"), e.creditCode},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("village"), nullableId(e.villageId)},
        {QStringLiteral("grid"), nullableId(e.gridId)},
        {QStringLiteral("direct"), e.supervision() == Supervision::Direct ? 1 : 0},
        {QStringLiteral("industry"), textValue(e.industry)},
        {QStringLiteral("sector"),
         nullableText(e.sector ? std::optional(keySectorKey(*e.sector)) : std::nullopt)},
        {QStringLiteral("flags"), textValue(e.focusFlags.join(kFlagSeparator))},
        {QStringLiteral("scale"), enterpriseScaleKey(e.scale)},
        {QStringLiteral("status"), enterpriseStatusKey(e.status)},
        {QStringLiteral("risk"),
         nullableText(e.risk ? std::optional(riskLevelKey(e.risk->level)) : std::nullopt)},
        {QStringLiteral("payload"), data.toCborValue().toCbor()}};
    const Status stored = upsert ? upsert->exec(binds) : execSql(m_db, upsertSql(), binds);
    if (!stored)
        return stored.error();
    return true;
}

Status ReplicaEnterprises::visitRows(const QString &where, const QVariantMap &binds,
                                     const std::function<bool(EnterpriseRow &&)> &visit) const
{
    QSqlQuery query(m_db);
    // Forward only: a hundred thousand rows pass once, without Qt caching them all.
    query.setForwardOnly(true);
    if (!query.prepare(kRowColumns + where))
        return makeError(ErrorCode::Internal, QStringLiteral("SQL prepare failed reading enterprises"));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!query.exec())
        return makeError(ErrorCode::Internal, QStringLiteral("SQL failed reading enterprises"));
    while (query.next()) {
        EnterpriseRow row;
        row.id = query.value(0).toLongLong();
        row.townId = query.value(1).toLongLong();
        row.creditCode = query.value(2).toString();
        row.name = query.value(3).toString();
        if (const QVariant village = query.value(4); !village.isNull())
            row.villageId = village.toLongLong();
        if (const QVariant grid = query.value(5); !grid.isNull())
            row.gridId = grid.toLongLong();
        row.direct = query.value(6).toBool();
        row.industry = query.value(7).toString();
        if (const QVariant sector = query.value(8); !sector.isNull())
            row.sector = keySectorFromKey(sector.toString());
        if (const QString flags = query.value(9).toString(); !flags.isEmpty())
            row.flags = EnterpriseRow::flagBits(flags.split(kFlagSeparator));
        row.scale = enterpriseScaleFromKey(query.value(10).toString()).value_or(EnterpriseScale::Below);
        row.status =
            enterpriseStatusFromKey(query.value(11).toString()).value_or(EnterpriseStatus::Operating);
        if (const QVariant risk = query.value(12); !risk.isNull())
            row.riskLevel = riskLevelFromKey(risk.toString());
        if (!visit(std::move(row)))
            break;
    }
    return success();
}

Result<QList<EnterpriseRow>> ReplicaEnterprises::select(const QString &where, const QVariantMap &binds) const
{
    QList<EnterpriseRow> rows;
    if (Status read = visitRows(where, binds,
                                [&rows](EnterpriseRow &&row) {
                                    rows.append(std::move(row));
                                    return true;
                                });
        !read)
        return read.error();
    return rows;
}

Status ReplicaEnterprises::forEachRow(std::optional<qint64> townId,
                                      const std::function<bool(EnterpriseRow &&)> &visit) const
{
    if (townId)
        return visitRows(QStringLiteral("WHERE town_id = :town"), {{QStringLiteral("town"), *townId}}, visit);
    return visitRows(QString(), {}, visit);
}

Result<QList<EnterpriseRow>> ReplicaEnterprises::rows(std::optional<qint64> townId) const
{
    if (townId)
        return select(QStringLiteral("WHERE town_id = :town"), {{QStringLiteral("town"), *townId}});
    return select(QString(), {});
}

Result<QList<EnterpriseRow>> ReplicaEnterprises::rows(const QList<qint64> &ids) const
{
    // carray is not in Qt's SQLite; a JSON array of ids is one bound value.
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return select(
        QStringLiteral("WHERE id IN (SELECT value FROM json_each(:ids))"),
        {{QStringLiteral("ids"), QLatin1Char('[') + texts.join(QLatin1Char(',')) + QLatin1Char(']')}});
}

std::optional<Enterprise> ReplicaEnterprises::enterprise(qint64 id) const
{
    auto payload = scalarSql(m_db, QStringLiteral("SELECT payload FROM enterprises WHERE id = :id"),
                             {{QStringLiteral("id"), id}});
    if (!payload || !payload->isValid())
        return std::nullopt;
    auto e = Enterprise::fromPayload(QCborValue::fromCbor(payload->toByteArray()).toMap());
    return e ? std::optional(e.value()) : std::nullopt;
}

std::optional<Enterprise> ReplicaEnterprises::enterpriseByCode(const QString &creditCode) const
{
    auto id = scalarSql(m_db, QStringLiteral("SELECT id FROM enterprises WHERE credit_code = :code"),
                        {{QStringLiteral("code"), creditCode}});
    if (!id || !id->isValid())
        return std::nullopt;
    return enterprise(id->toLongLong());
}

Result<qint64> ReplicaEnterprises::count(std::optional<qint64> townId) const
{
    auto value =
        townId ? scalarSql(m_db, QStringLiteral("SELECT count(*) FROM enterprises WHERE town_id = :town"),
                           {{QStringLiteral("town"), *townId}})
               : scalarSql(m_db, QStringLiteral("SELECT count(*) FROM enterprises"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace gridsafe
