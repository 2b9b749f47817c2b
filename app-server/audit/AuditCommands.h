#pragma once
// audit.verify: walks the hash chain and reports whether it is intact.

namespace gridsafe {

class CommandRegistry;
void registerAuditCommands(CommandRegistry &registry);

} // namespace gridsafe
