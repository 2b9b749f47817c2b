#pragma once
// The replica's enterprise table: applying a replicated enterprise, and reading the register
// back — all rows at once for the table (one forward-only pass over the columns it needs),
// chosen rows after a sync, or one full record for its form.

#include "core/enterprises/EnterpriseRow.h"
#include "domain/Enterprise.h"
#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace gridsafe {

class PreparedStatement;

class ReplicaEnterprises
{
public:
    explicit ReplicaEnterprises(QSqlDatabase db) : m_db(std::move(db)) {}

    // False when this version cannot read the payload (a newer server's value). `upsert`, if
    // given, is upsertSql() prepared once for the many rows of a page.
    Result<bool> apply(qint64 id, bool deleted, const QCborMap &data, PreparedStatement *upsert = nullptr);
    static const QString &upsertSql();

    // Every enterprise, or one town's (townId set).
    Result<QList<EnterpriseRow>> rows(std::optional<qint64> townId = std::nullopt) const;
    Result<QList<EnterpriseRow>> rows(const QList<qint64> &ids) const;
    // Every enterprise (or one town's) handed to visit one by one without collecting them;
    // visit returns false to stop early. Stopping is not an error.
    Status forEachRow(std::optional<qint64> townId, const std::function<bool(EnterpriseRow &&)> &visit) const;
    std::optional<Enterprise> enterprise(qint64 id) const;
    std::optional<Enterprise> enterpriseByCode(const QString &creditCode) const;
    // Every enterprise, or one town's (townId set).
    Result<qint64> count(std::optional<qint64> townId = std::nullopt) const;

private:
    Result<QList<EnterpriseRow>> select(const QString &where, const QVariantMap &binds) const;
    Status visitRows(const QString &where, const QVariantMap &binds,
                     const std::function<bool(EnterpriseRow &&)> &visit) const;

    QSqlDatabase m_db;
};

} // namespace gridsafe
