#pragma once
// Division filings (网格划分备案): snapshots are written once; only the decision changes
// (triggers in the schema hold both).

#include "domain/Filing.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class FilingRepository
{
public:
    explicit FilingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<Filing>> find(qint64 id) const;
    Result<std::optional<Filing>> latestOfTown(qint64 townId) const;
    // Numbers the filing within its town (1, 2, …) and returns its id.
    Result<qint64> insert(const Filing &filing);
    Status decide(qint64 id, const QString &status, const QString &by, const QString &at,
                  const QString &reason);

private:
    Result<std::optional<Filing>> selectOne(const QString &where, const QVariantMap &binds) const;

    QSqlDatabase m_db;
};

} // namespace gridsafe
