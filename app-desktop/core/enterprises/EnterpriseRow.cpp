#include "core/enterprises/EnterpriseRow.h"

namespace gridsafe {

PatrolCategory EnterpriseRow::category() const
{
    return patrolCategoryOf(sector.has_value(), scale);
}

Supervision EnterpriseRow::supervision() const
{
    return supervisionOf(gridId.has_value(), direct);
}

quint16 EnterpriseRow::flagBits(const QStringList &flags)
{
    static const QStringList known = knownFocusFlags();
    quint16 bits = 0;
    for (const QString &flag : flags) {
        const qsizetype index = known.indexOf(flag);
        bits |= index >= 0 ? quint16(1u << index) : kOtherFlag;
    }
    return bits;
}

EnterpriseRow EnterpriseRow::from(const Enterprise &e)
{
    EnterpriseRow row;
    row.id = e.id;
    row.townId = e.townId;
    row.villageId = e.villageId;
    row.gridId = e.gridId;
    row.creditCode = e.creditCode;
    row.name = e.name;
    row.industry = e.industry;
    row.direct = !e.gridId && !e.directReason.isEmpty();
    row.sector = e.sector;
    if (e.risk)
        row.riskLevel = e.risk->level;
    row.scale = e.scale;
    row.status = e.status;
    row.flags = flagBits(e.focusFlags);
    return row;
}

} // namespace gridsafe
