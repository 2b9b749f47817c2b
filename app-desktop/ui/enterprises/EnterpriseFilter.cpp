#include "ui/enterprises/EnterpriseFilter.h"

namespace gridsafe {

bool EnterpriseFilter::matches(const EnterpriseRow &row) const
{
    if (townId && row.townId != *townId)
        return false;
    if (villageId && row.villageId != villageId)
        return false;
    if (gridId && row.gridId != gridId)
        return false;
    if (category && row.category() != *category)
        return false;
    if (riskLevel) {
        if (*riskLevel == kNone ? row.riskLevel.has_value()
                                : (!row.riskLevel || int(*row.riskLevel) != *riskLevel))
            return false;
    }
    if (sector) {
        if (*sector == kNone ? row.sector.has_value() : (!row.sector || int(*row.sector) != *sector))
            return false;
    }
    if (flag && !(row.flags & *flag))
        return false;
    if (supervision && row.supervision() != *supervision)
        return false;
    if (status && row.status != *status)
        return false;
    if (!search.isEmpty() && !row.name.contains(search, Qt::CaseInsensitive)
        && !row.creditCode.contains(search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool EnterpriseFilter::isEmpty() const
{
    return search.isEmpty() && !townId && !villageId && !gridId && !category && !riskLevel && !sector && !flag
           && !supervision && !status;
}

} // namespace gridsafe
