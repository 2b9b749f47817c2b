#pragma once
// gridsafe-cli areas: a town's villages, communities and parks with the grids covering them.

#include "cli/CliCommand.h"

namespace gridsafe {

class AreasCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("areas"); }
    int run(CliContext &context) override;
};

} // namespace gridsafe
