#pragma once
// Who is responsible for which grid, and since when (grid_assignments). The open row of a
// grid is its current inspector; a unique index keeps it to one.

#include "domain/GridAssignment.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class AssignmentRepository
{
public:
    explicit AssignmentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<GridAssignment>> find(qint64 id) const;
    // The open assignments of an inspector (the grids they hold now).
    Result<QList<GridAssignment>> currentOfInspector(qint64 inspectorId) const;
    Result<qint64> open(const GridAssignment &assignment);
    Status close(qint64 id, const QString &endsOn, const QString &reason);

private:
    Result<QList<GridAssignment>> select(const QString &where, const QVariantMap &binds) const;

    QSqlDatabase m_db;
};

} // namespace gridsafe
