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

#include <optional>

namespace gridsafe {

class ReplicaEnterprises
{
public:
    explicit ReplicaEnterprises(QSqlDatabase db) : m_db(std::move(db)) {}

    // False when this version cannot read the payload (a newer server's value).
    Result<bool> apply(qint64 id, bool deleted, const QCborMap &data);

    // Every enterprise, or one town's (townId set).
    Result<QList<EnterpriseRow>> rows(std::optional<qint64> townId = std::nullopt) const;
    Result<QList<EnterpriseRow>> rows(const QList<qint64> &ids) const;
    std::optional<Enterprise> enterprise(qint64 id) const;
    std::optional<Enterprise> enterpriseByCode(const QString &creditCode) const;
    Result<qint64> count() const;

private:
    Result<QList<EnterpriseRow>> select(const QString &where, const QVariantMap &binds) const;

    QSqlDatabase m_db;
};

} // namespace gridsafe
