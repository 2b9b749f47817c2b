#pragma once
// gridsafe-cli grid-create: creates a grid and waits for the server's verdict.

#include "cli/CliCommand.h"

namespace gridsafe {

class GridCreateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("grid-create"); }
    int run(CliContext &context) override;
};

} // namespace gridsafe
