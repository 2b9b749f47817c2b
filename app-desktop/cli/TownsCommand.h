#pragma once
// gridsafe-cli towns: the towns (镇) the user can see.

#include "cli/CliCommand.h"

namespace gridsafe {

class TownsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("towns"); }
    int run(CliContext &context) override;
};

} // namespace gridsafe
