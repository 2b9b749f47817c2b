#include "domain/Actor.h"

namespace gridsafe {

bool Actor::seesAllTowns() const
{
    return role == Role::Admin || role == Role::DistrictReviewer;
}

bool Actor::coversTown(qint64 town) const
{
    return seesAllTowns() || (townId && *townId == town);
}

} // namespace gridsafe
