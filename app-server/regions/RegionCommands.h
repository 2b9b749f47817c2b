#pragma once
// region.create (a village, community or park under a town), region.rename.

namespace gridsafe {

class CommandRegistry;
void registerRegionCommands(CommandRegistry &registry);

} // namespace gridsafe
