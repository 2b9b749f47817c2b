#include "cli/LogoutCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "cli/SessionWaiter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gridsafe {

int LogoutCommand::run(CliContext &context)
{
    if (int code = context.connectSaved(false); code != kExitOk)
        return code;
    bool done = false;
    SessionWaiter waiter(context.session());
    waiter.on(&ClientSession::loggedOut, [&] { done = true; });
    context.session().logout();
    // Without an answer in time the saved session is forgotten all the same.
    waiter.waitUntil([&] { return done; });
    context.removeSession();
    context.print(QJsonObject{{QStringLiteral("loggedOut"), true}},
                  QCoreApplication::translate("CliApp", "Logged out.\n"));
    return kExitOk;
}

} // namespace gridsafe
