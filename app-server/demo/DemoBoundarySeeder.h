#pragma once
// The demo's grid map: the made-up outlines of the demo towns' villages, communities and
// parks (resources/demo/boundaries.geojson, built into the server as
// :/demo/boundaries.geojson), imported through the real region.importBoundaries command as
// the demo administrator, so they are checked, audited and replicated like real ones.

#include "util/Result.h"

namespace gridsafe {

class ServerCore;

class DemoBoundarySeeder
{
public:
    static QString resourcePath();
    // Does nothing when boundaries exist already.
    static Status seedIfEmpty(ServerCore &core);
};

} // namespace gridsafe
