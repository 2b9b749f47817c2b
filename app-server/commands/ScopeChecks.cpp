#include "commands/ScopeChecks.h"

#include "regions/RegionRepository.h"

#include <QCoreApplication>

namespace gridsafe {

Error outOfScope(const CommandContext &context)
{
    Q_UNUSED(context)
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate("ScopeChecks",
                                                 "This belongs to another town; you may only change "
                                                 "your own town's data."));
}

Result<Region> regionInScope(const CommandContext &context, qint64 regionId)
{
    RegionRepository regions(context.db);
    auto found = regions.find(regionId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("ScopeChecks", "Region %1 does not exist.").arg(regionId));
    const Region &region = *found.value();
    const bool covered =
        region.townId ? context.actor.coversTown(*region.townId) : context.actor.seesAllTowns();
    if (!covered)
        return outOfScope(context);
    return region;
}

Result<Region> townInScope(const CommandContext &context, qint64 townId)
{
    auto region = regionInScope(context, townId);
    if (!region)
        return region;
    if (!isTownLevel(region->kind))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("ScopeChecks", "Region \"%1\" is not a town or street.")
                             .arg(region->name));
    return region;
}

} // namespace gridsafe
