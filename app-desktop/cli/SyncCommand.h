#pragma once
// gridsafe-cli sync: pulls changes and sends the outbox's pending commands.

#include "cli/CliCommand.h"

namespace gridsafe {

class SyncCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    int run(CliContext &context) override;
};

} // namespace gridsafe
