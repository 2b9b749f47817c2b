#pragma once
// grid.assignInspector, grid.unassignInspector: one grid, one inspector (一格一员).

namespace gridsafe {

class CommandRegistry;
void registerAssignmentCommands(CommandRegistry &registry);

} // namespace gridsafe
