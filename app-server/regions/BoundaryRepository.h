#pragma once
// The stored outlines of villages, communities and parks (table `boundaries`, one row per
// region), as region.importBoundaries writes them. The rings are kept as CBOR in their
// replicated form, so a row and its feed payload never disagree.

#include "domain/Boundary.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class BoundaryRepository
{
public:
    explicit BoundaryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<Boundary>> find(qint64 regionId) const;
    Result<bool> any() const;
    // Writes `boundary` in place of the region's current one (if any): its revision becomes
    // the old one + 1, or 1. Returns the row as stored.
    Result<Boundary> replace(Boundary boundary);

private:
    QSqlDatabase m_db;
};

} // namespace gridsafe
