#include "util/PasswordPrompt.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace gridsafe {

QString readPassword(const QString &prompt, const char *environmentVariable)
{
    const QByteArray fromEnvironment = qgetenv(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);

    QTextStream in(stdin);
    if (!isatty(STDIN_FILENO))
        return in.readLine();

    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    const QString password = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << Qt::endl;
    return password;
}

} // namespace gridsafe
