#pragma once
// agency.create, agency.update (the city's list, administrators); contract.create,
// contract.terminate, engagement.create (towns), with the exclusivity rule: while an agency
// serves a town under contract it may not separately coach that town's enterprises.

namespace gridsafe {

class CommandRegistry;
void registerAgencyCommands(CommandRegistry &registry);

} // namespace gridsafe
