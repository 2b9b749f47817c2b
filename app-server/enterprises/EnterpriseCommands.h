#pragma once
// enterprise.create, enterprise.update, enterprise.setSupervision (many enterprises to one
// grid, or to the town's direct supervision) and enterprise.recordRiskReport. The import's
// commit, enterprise.import, is in EnterpriseImportCommand.

namespace gridsafe {

class CommandRegistry;
void registerEnterpriseCommands(CommandRegistry &registry);

} // namespace gridsafe
