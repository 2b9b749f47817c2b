#pragma once
// gridsafe-cli: scriptable access over the same client core as the desktop app.

#include <QStringList>

namespace gridsafe {

class CliApp
{
public:
    // Parses the command line and runs the command it names; returns the exit code.
    int run(const QStringList &arguments);
};

} // namespace gridsafe
