#pragma once

#include "domain/Inspector.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class InspectorRepository
{
public:
    explicit InspectorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<Inspector>> find(qint64 id) const;
    Result<QList<Inspector>> inTown(qint64 townId) const;
    // The inspector record linked to this account, other than `exceptId`.
    Result<std::optional<Inspector>> linkedTo(qint64 userId, qint64 exceptId) const;
    Result<qint64> insert(const Inspector &inspector);
    // Writes every field but the town and bumps the revision.
    Status update(const Inspector &inspector);

private:
    Result<QList<Inspector>> select(const QString &where, const QVariantMap &binds) const;

    QSqlDatabase m_db;
};

} // namespace gridsafe
