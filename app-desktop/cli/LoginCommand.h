#pragma once
// gridsafe-cli login: logs in with a password and saves the session for later commands.

#include "cli/CliCommand.h"

namespace gridsafe {

class LoginCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("login"); }
    int run(CliContext &context) override;
};

} // namespace gridsafe
