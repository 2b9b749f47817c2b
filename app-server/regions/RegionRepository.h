#pragma once

#include "domain/Region.h"
#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace gridsafe {

class RegionRepository
{
public:
    explicit RegionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<Region>> find(qint64 id) const;
    Result<QList<Region>> children(qint64 parentId) const;
    Result<QList<Region>> all() const;
    Result<bool> siblingNameTaken(qint64 parentId, const QString &name, qint64 exceptId) const;
    // Inserts and returns the new id; town_id is derived from the parent.
    Result<qint64> insert(const Region &region);
    Status rename(qint64 id, const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace gridsafe
