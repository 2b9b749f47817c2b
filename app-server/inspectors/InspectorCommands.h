#pragma once
// inspector.create, inspector.update; grid.assignInspector, grid.unassignInspector.

namespace gridsafe {

class CommandRegistry;
void registerInspectorCommands(CommandRegistry &registry);

} // namespace gridsafe
