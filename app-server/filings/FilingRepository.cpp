#include "filings/FilingRepository.h"

#include "sql/SqlRunner.h"

#include <QCborValue>
#include <QSqlQuery>

namespace gridsafe {

Result<std::optional<Filing>> FilingRepository::selectOne(const QString &where,
                                                          const QVariantMap &binds) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT id, town_id, number, status, division_revision, snapshot, note, "
                              "submitted_by, submitted_at, decided_by, decided_at, decision_reason, "
                              "revision FROM filings ")
                   + where,
               binds);
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Filing>();
    const QSqlQuery &row = query.value();
    Filing filing;
    filing.id = row.value(0).toLongLong();
    filing.townId = row.value(1).toLongLong();
    filing.number = row.value(2).toInt();
    filing.status = row.value(3).toString();
    filing.divisionRevision = row.value(4).toInt();
    filing.snapshot = QCborValue::fromCbor(row.value(5).toByteArray()).toMap();
    filing.note = row.value(6).toString();
    filing.submittedBy = row.value(7).toString();
    filing.submittedAt = row.value(8).toString();
    filing.decidedBy = row.value(9).toString();
    filing.decidedAt = row.value(10).toString();
    filing.decisionReason = row.value(11).toString();
    filing.revision = row.value(12).toInt();
    return std::optional(filing);
}

Result<std::optional<Filing>> FilingRepository::find(qint64 id) const
{
    return selectOne(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id}});
}

Result<std::optional<Filing>> FilingRepository::latestOfTown(qint64 townId) const
{
    return selectOne(QStringLiteral("WHERE town_id = :town ORDER BY number DESC LIMIT 1"),
                     {{QStringLiteral("town"), townId}});
}

Result<qint64> FilingRepository::insert(const Filing &filing)
{
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO filings (town_id, number, status, division_revision, snapshot, "
                              "note, submitted_by, submitted_at) VALUES (:town, (SELECT IFNULL(MAX(number), "
                              "0) + 1 FROM filings WHERE town_id = :town), 'submitted', :revision, "
                              ":snapshot, :note, :by, :at)"),
               {{QStringLiteral("town"), filing.townId},
                {QStringLiteral("revision"), filing.divisionRevision},
                {QStringLiteral("snapshot"), filing.snapshot.toCborValue().toCbor()},
                {QStringLiteral("note"), textValue(filing.note)},
                {QStringLiteral("by"), filing.submittedBy},
                {QStringLiteral("at"), filing.submittedAt}});
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Status FilingRepository::decide(qint64 id, const QString &status, const QString &by, const QString &at,
                                const QString &reason)
{
    return execSql(m_db,
                   QStringLiteral("UPDATE filings SET status = :status, decided_by = :by, decided_at = :at, "
                                  "decision_reason = :reason, revision = revision + 1 WHERE id = :id"),
                   {{QStringLiteral("id"), id},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("by"), textValue(by)},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("reason"), textValue(reason)}});
}

} // namespace gridsafe
