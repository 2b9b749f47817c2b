#pragma once
// gridsafe-cli status: server, user, link, last sync and outbox.

#include "cli/CliCommand.h"

namespace gridsafe {

class StatusCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("status"); }
    int run(CliContext &context) override;
};

} // namespace gridsafe
