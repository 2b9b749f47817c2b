#pragma once
// training.record, training.update, exam.record, certificate.issue, certificate.revoke,
// training.setPlan: 先培训考核、后持证上岗.

namespace gridsafe {

class CommandRegistry;
void registerTrainingCommands(CommandRegistry &registry);

} // namespace gridsafe
