#pragma once
// gridsafe-cli inspectors: the grid inspectors (网格员) of one town or of all visible
// towns, with their certificate and the grids they hold.

#include "cli/CliCommand.h"

namespace gridsafe {

class InspectorsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("inspectors"); }
    int run(CliContext &context) override;
};

} // namespace gridsafe
