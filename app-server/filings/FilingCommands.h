#pragma once
// filing.submit (a town files its division with the district), filing.decide (the
// district files it or returns it with a reason).

namespace gridsafe {

class CommandRegistry;
void registerFilingCommands(CommandRegistry &registry);

} // namespace gridsafe
