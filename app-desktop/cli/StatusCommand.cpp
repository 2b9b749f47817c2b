#include "cli/StatusCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "core/Outbox.h"
#include "core/Replica.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gridsafe {

int StatusCommand::run(CliContext &context)
{
    if (int code = context.connectSaved(); code != kExitOk)
        return code;
    const ClientSession &session = context.session();
    const UserInfo &user = session.user();
    const QDateTime lastSync = session.replica()->lastSyncAt();
    const int pending = session.outbox()->pendingCount();
    const int rejected = session.outbox()->rejectedCount();
    context.print(
        QJsonObject{{QStringLiteral("server"), session.address().toString()},
                    {QStringLiteral("username"), user.username},
                    {QStringLiteral("role"), roleName(user.role)},
                    {QStringLiteral("online"), session.linkState() == ClientSession::LinkState::Online},
                    {QStringLiteral("lastSeq"), session.replica()->lastSeq()},
                    {QStringLiteral("lastSync"), lastSync.toString(Qt::ISODate)},
                    {QStringLiteral("pending"), pending},
                    {QStringLiteral("rejected"), rejected}},
        QCoreApplication::translate("CliApp", "Server:    %1\nUser:      %2 (%3)\nLast sync: %4 (sequence "
                                              "%5)\nOutbox:    %6 pending, %7 rejected\n")
            .arg(session.address().toString(), user.displayName, roleDisplayName(user.role),
                 lastSync.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            .arg(session.replica()->lastSeq())
            .arg(pending)
            .arg(rejected));
    return kExitOk;
}

} // namespace gridsafe
