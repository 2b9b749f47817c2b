#pragma once
// grid.create, grid.update, grid.retire.

namespace gridsafe {

class CommandRegistry;
void registerGridCommands(CommandRegistry &registry);

} // namespace gridsafe
