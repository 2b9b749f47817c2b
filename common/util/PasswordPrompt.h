#pragma once
// Reads a password for a console program: from the environment variable if set, else
// from the terminal without echo, else one line of standard input (for scripts).

#include <QString>

namespace gridsafe {

QString readPassword(const QString &prompt, const char *environmentVariable);

} // namespace gridsafe
