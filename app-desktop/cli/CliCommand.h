#pragma once
// One gridsafe-cli command ("login", "grids", ...): CliApp finds it by name and runs it.

#include <QString>

namespace gridsafe {

class CliContext;

class CliCommand
{
public:
    virtual ~CliCommand() = default;

    // The word on the command line that selects the command.
    virtual QString name() const = 0;
    // Returns the process's exit code (CliExitCode).
    virtual int run(CliContext &context) = 0;
};

} // namespace gridsafe
