#pragma once
// The enterprise register's rows: enterprises, the history of their information, and their
// risk reports. One instance serves one command; its statements are prepared once, so an
// import of many rows reuses them.

#include "domain/Enterprise.h"
#include "sql/PreparedStatement.h"
#include "util/Result.h"

#include <QCborArray>
#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

struct RiskReportRecord
{
    qint64 id = 0;
    qint64 enterpriseId = 0;
    RiskSummary report;
    QString note;
    QString recordedBy; // display name
    QString recordedAt;
};

struct EnterpriseChangeRecord
{
    QString at;
    QString userName;
    QString action;     // the command that made it
    QCborArray changes; // [{field, before, after}]; empty when the enterprise was created
};

class EnterpriseRepository
{
public:
    explicit EnterpriseRepository(QSqlDatabase db);

    Result<std::optional<Enterprise>> find(qint64 id);
    Result<std::optional<Enterprise>> findByCode(const QString &creditCode);
    Result<qint64> insert(const Enterprise &enterprise, const QString &at);
    // Writes every field of `enterprise` and bumps the revision.
    Status update(const Enterprise &enterprise, const QString &at);
    Status appendChange(qint64 enterpriseId, const QString &at, std::optional<qint64> userId,
                        const QString &action, const QCborArray &changes);

    // Newest first, at most `limit`.
    Result<QList<EnterpriseChangeRecord>> changes(qint64 enterpriseId, int limit) const;
    Result<QList<RiskReportRecord>> riskReports(qint64 enterpriseId, int limit) const;
    Status insertRiskReport(qint64 enterpriseId, const RiskSummary &report, const QString &note,
                            std::optional<qint64> userId, const QString &at);

private:
    Result<std::optional<Enterprise>> selectOne(PreparedStatement &statement, const QVariantMap &binds);

    QSqlDatabase m_db;
    PreparedStatement m_byId;
    PreparedStatement m_byCode;
    PreparedStatement m_insert;
    PreparedStatement m_update;
    PreparedStatement m_appendChange;
};

} // namespace gridsafe
