#pragma once
// Reads one town's division from the server's database: what the coverage check judges
// and what a filing's snapshot records.

#include "domain/CoverageGaps.h"
#include "util/Result.h"

#include <QCborMap>
#include <QSqlDatabase>

namespace gridsafe {

class TownDivisionLoader
{
public:
    explicit TownDivisionLoader(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<TownDivision> load(const Region &town) const;
    // The immutable record of the division a filing keeps (documented in PROTOCOL.md).
    static QCborMap snapshot(const TownDivision &division, const QString &today, const QString &takenAt);

private:
    QSqlDatabase m_db;
};

} // namespace gridsafe
