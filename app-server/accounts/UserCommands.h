#pragma once
// user.create, user.resetPassword, user.setDisabled (admins only).

namespace gridsafe {

class CommandRegistry;
void registerUserCommands(CommandRegistry &registry);

} // namespace gridsafe
