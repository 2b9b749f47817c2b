#pragma once
// What the grid map (网格一张图) shows of one town, read from the replica: its villages,
// communities and parks with their boundaries, its active grids in code order with their
// inspectors' names. Retired grids are left out, so what only they covered shows as
// uncovered, as the coverage check judges it.

#include "ui/map/GridMapData.h"

namespace gridsafe {

class Replica;

class GridMapLoader
{
public:
    static GridMapData load(const Replica &replica, qint64 townId);
};

} // namespace gridsafe
