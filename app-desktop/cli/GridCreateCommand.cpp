#include "cli/GridCreateCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "cli/SessionWaiter.h"
#include "core/Outbox.h"
#include "core/PendingGrids.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "util/ConsoleStreams.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace gridsafe {

int GridCreateCommand::run(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const QString name = parser.value(QStringLiteral("name"));
    const QStringList areaNames = parser.values(QStringLiteral("area"));
    if (!parser.isSet(QStringLiteral("town")) || name.isEmpty() || areaNames.isEmpty())
        return CliContext::usage(QCoreApplication::translate(
            "CliApp", "grid-create needs --town, --name and at least one --area."));
    if (int code = context.connectSaved(); code != kExitOk)
        return code;
    ClientSession &session = context.session();
    const std::optional<qint64> town = context.findTown(parser.value(QStringLiteral("town")));
    if (!town)
        return CliContext::usage(
            QCoreApplication::translate("CliApp", "No town \"%1\" among those you can see.")
                .arg(parser.value(QStringLiteral("town"))));
    QCborArray areaIds;
    for (const QString &areaName : areaNames) {
        std::optional<qint64> found;
        for (const Region &region : session.replica()->regions()) {
            if (region.townId == *town && isGridArea(region.kind) && region.name == areaName)
                found = region.id;
        }
        if (!found)
            return CliContext::usage(
                QCoreApplication::translate("CliApp", "No village, community or park \"%1\" in this town.")
                    .arg(areaName));
        areaIds.append(*found);
    }
    // What the replica and the queue can tell is said at once, online or not (as the
    // desktop's dialog does): a name another active grid of the town has, or will have.
    for (const ShownGrid &shown :
         PendingGrids::overlay(session.replica()->grids(*town), *town, session.outbox()->entries())) {
        if (shown.grid.status == Grid::Status::Active && shown.grid.name == name.trimmed())
            return context.failWith(makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("CliApp", "This town already has a grid named \"%1\"%2.")
                    .arg(shown.grid.name, shown.isPending()
                                              ? QCoreApplication::translate("CliApp", " (waiting to be sent)")
                                              : QString())));
    }
    QCborMap args;
    args.insert(QStringLiteral("townId"), *town);
    args.insert(QStringLiteral("name"), name);
    args.insert(QStringLiteral("areaIds"), areaIds);

    std::optional<QCborMap> applied;
    std::optional<Error> rejected;
    QString commandId;
    SessionWaiter waiter(session);
    waiter.on(&ClientSession::commandApplied, [&](const QString &id, const QCborMap &result) {
        if (id == commandId)
            applied = result;
    });
    waiter.on(&ClientSession::commandRejected, [&](const QString &id, const Error &error) {
        if (id == commandId)
            rejected = error;
    });
    auto queued = session.submit(QString::fromLatin1(cmd::kGridCreate), args,
                                 QCoreApplication::translate("CliApp", "Create grid %1").arg(name));
    if (!queued)
        return context.failWith(queued.error());
    commandId = queued.value();
    if (!context.isOffline())
        waiter.waitUntil(
            [&] { return applied || rejected || session.linkState() != ClientSession::LinkState::Online; });
    if (!applied && !rejected) {
        // Offline, timed out, or the link dropped before a verdict: the outbox sends it later.
        context.print(
            QJsonObject{{QStringLiteral("queued"), true}, {QStringLiteral("commandId"), commandId}},
            QCoreApplication::translate(
                "CliApp", "Saved in the outbox; run gridsafe-cli sync when the server is reachable.\n"));
        return kExitQueued;
    }
    if (rejected) {
        // The user has seen the error; a rejected CLI command is not kept for later.
        if (Status removed = session.outbox()->remove(commandId); !removed)
            err() << removed.error().message << Qt::endl;
        return context.failWith(*rejected);
    }
    const qint64 gridId = applied->value(QStringLiteral("gridId")).toInteger();
    context.print(
        QJsonObject{{QStringLiteral("gridId"), gridId},
                    {QStringLiteral("revision"), applied->value(QStringLiteral("revision")).toInteger()},
                    {QStringLiteral("commandId"), commandId}},
        QCoreApplication::translate("CliApp", "Created grid %1 (id %2).\n").arg(name).arg(gridId));
    return kExitOk;
}

} // namespace gridsafe
