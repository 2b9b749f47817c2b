#pragma once
// gridsafe-cli grids: the grids (网格) of one town or of all visible towns.

#include "cli/CliCommand.h"

namespace gridsafe {

class GridsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("grids"); }
    int run(CliContext &context) override;
};

} // namespace gridsafe
