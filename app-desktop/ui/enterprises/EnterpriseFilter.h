#pragma once
// What the register's table is narrowed to: a search over name and credit code, and one
// choice per filter (town, village, grid, category, risk level, sector, focus flag,
// supervision, status). Plain data, tested on its own; the model applies it to every row.

#include "core/enterprises/EnterpriseRow.h"

#include <QString>

#include <optional>

namespace gridsafe {

struct EnterpriseFilter
{
    // Risk level and sector filters may ask for "none": no report yet, not a key industry.
    static constexpr int kNone = -1;

    QString search;
    std::optional<qint64> townId;
    std::optional<qint64> villageId;
    std::optional<qint64> gridId;
    std::optional<PatrolCategory> category;
    std::optional<int> riskLevel; // a RiskLevel, or kNone
    std::optional<int> sector;    // a KeySector, or kNone
    std::optional<quint16> flag;  // one bit of EnterpriseRow::flags
    std::optional<Supervision> supervision;
    std::optional<EnterpriseStatus> status;

    bool matches(const EnterpriseRow &row) const;
    bool isEmpty() const;
};

} // namespace gridsafe
