#pragma once
// Each town's division revision (division_state): raised by every change to the town's
// grids or assignments, so a filing of an older revision is stale.

#include "domain/DivisionState.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class DivisionRepository
{
public:
    explicit DivisionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<DivisionState>> find(qint64 townId) const;
    // Raises the town's revision (from 0 when the town had none) and returns the new state.
    Result<DivisionState> bump(qint64 townId, const QString &at);

private:
    QSqlDatabase m_db;
};

} // namespace gridsafe
