#pragma once

#include "domain/Grid.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class GridRepository
{
public:
    explicit GridRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<Grid>> find(qint64 id) const;
    Result<QList<Grid>> inTown(qint64 townId) const;
    Result<bool> activeNameTaken(qint64 townId, const QString &name, qint64 exceptId) const;
    Result<qint64> insert(const Grid &grid);
    // Writes name and areas and bumps the revision.
    Status update(const Grid &grid);
    Status retire(qint64 id, const QString &at, const QString &reason);
    // Back in use: the retirement's date and reason go (the audit log keeps both reasons).
    Status restore(qint64 id, const QString &at);

private:
    Status writeAreas(qint64 gridId, const QList<qint64> &areaIds);

    QSqlDatabase m_db;
};

} // namespace gridsafe
