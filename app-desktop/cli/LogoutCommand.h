#pragma once
// gridsafe-cli logout: ends the saved session on the server and forgets it here.

#include "cli/CliCommand.h"

namespace gridsafe {

class LogoutCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("logout"); }
    int run(CliContext &context) override;
};

} // namespace gridsafe
