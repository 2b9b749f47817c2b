#pragma once
// gridsafe-cli gaps: what keeps each town's division from being complete (覆盖缺口):
// villages in no grid, grids without a (certified) inspector, a missing or stale filing.

#include "cli/CliCommand.h"

namespace gridsafe {

class GapsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("gaps"); }
    int run(CliContext &context) override;
};

} // namespace gridsafe
