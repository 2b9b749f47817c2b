#pragma once
// audit.verify: walks the hash chain and reports whether it is intact.

namespace gridsafe {

class AuditLog;
class CommandRegistry;
void registerAuditCommands(CommandRegistry &registry, const AuditLog &audit);

} // namespace gridsafe
