#pragma once
// The scope half of authorisation: is this town (or this region's town) the actor's?

#include "commands/CommandContext.h"
#include "domain/Region.h"
#include "util/Result.h"

namespace gridsafe {

// The town-level region with this id, if it exists and the actor covers it.
Result<Region> townInScope(const CommandContext &context, qint64 townId);
// Any region, if it exists and the actor covers its town (district: all-town actors only).
Result<Region> regionInScope(const CommandContext &context, qint64 regionId);
Error outOfScope(const CommandContext &context);

} // namespace gridsafe
