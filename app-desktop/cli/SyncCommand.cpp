#include "cli/SyncCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "cli/SessionWaiter.h"
#include "core/Outbox.h"
#include "core/Replica.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gridsafe {

int SyncCommand::run(CliContext &context)
{
    if (int code = context.connectSaved(); code != kExitOk)
        return code;
    ClientSession &session = context.session();
    if (context.isOffline())
        return context.failWith(makeError(
            ErrorCode::Network,
            QCoreApplication::translate("CliApp", "Cannot synchronise: %1 %2 changes wait in the outbox.")
                .arg(session.lastConnectionError())
                .arg(session.outbox()->pendingCount())));
    // A time-out is no failure here: what is still pending is reported, with kExitQueued.
    SessionWaiter waiter(session);
    waiter.waitUntil([&] { return session.outbox()->pendingCount() == 0 && !session.isSending(); });
    waiter.waitUntil([&] { return !session.isSyncing(); });
    const int pending = session.outbox()->pendingCount();
    const int rejected = session.outbox()->rejectedCount();
    context.print(
        QJsonObject{{QStringLiteral("lastSeq"), session.replica()->lastSeq()},
                    {QStringLiteral("pending"), pending},
                    {QStringLiteral("rejected"), rejected}},
        QCoreApplication::translate("CliApp", "Synchronised to sequence %1; %2 pending, %3 rejected.\n")
            .arg(session.replica()->lastSeq())
            .arg(pending)
            .arg(rejected));
    return pending > 0 ? kExitQueued : kExitOk;
}

} // namespace gridsafe
