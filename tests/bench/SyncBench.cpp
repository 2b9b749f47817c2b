#include "SyncBench.h"

#include "BenchReport.h"
#include "ServerCore.h"
#include "TestServer.h"
#include "Wait.h"
#include "accounts/UserRepository.h"
#include "commands/CommandExecutor.h"
#include "core/CertificatePinStore.h"
#include "core/ClientSession.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"

#include <QCborArray>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

namespace gridsafe::bench {

bool runSyncBench(test::TestServer &server, int grids, BenchReport &report)
{
    QTextStream out(stdout);
    const Actor admin =
        UserRepository(server.core().database().sql()).findByName(QStringLiteral("admin")).value()->toActor();
    const qint64 town = server.regionId(QStringLiteral("遥观镇"));
    const qint64 village = server.regionId(QStringLiteral("建农村"));

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < grids; ++i) {
        QCborMap create;
        create.insert(QStringLiteral("townId"), town);
        create.insert(QStringLiteral("name"), QStringLiteral("基准网格%1").arg(i));
        create.insert(QStringLiteral("areaIds"), QCborArray{village});
        create.insert(QStringLiteral("part"),
                      create.value(QStringLiteral("name"))); // many grids share the village
        auto outcome =
            server.core().executor().execute(admin, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                             QString::fromLatin1(cmd::kGridCreate), create);
        if (!outcome) {
            out << "command failed: " << outcome.error().message << Qt::endl;
            return false;
        }
    }
    const double commandMs = double(timer.nsecsElapsed()) / 1e6;

    QTemporaryDir clientDir;
    ClientSession session(clientDir.path());
    session.pins().setPin(server.address().toString(), server.fingerprint());
    bool synced = false;
    bool failed = false;
    QObject::connect(&session, &ClientSession::syncFinished, [&](bool ok, const QString &) {
        synced = ok;
        failed = !ok;
    });
    QObject::connect(&session, &ClientSession::loginFailed, [&](const Error &) { failed = true; });
    timer.restart();
    session.login(server.address(), QStringLiteral("reviewer"), QStringLiteral("gridsafe-review"));
    if (!test::waitUntil([&] { return synced || failed; }, 600000) || failed) {
        out << "first sync failed" << Qt::endl;
        return false;
    }
    const double syncMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 entities =
        scalarSql(server.core().database().sql(), QStringLiteral("SELECT COUNT(*) FROM changes"))
            .value()
            .toLongLong();
    if (session.replica()->grids(town).size() < grids)
        return false;

    // Live updates: an operator's change until it is in the (connected) reviewer's replica.
    QTemporaryDir operatorDir;
    ClientSession operatorSession(operatorDir.path());
    operatorSession.pins().setPin(server.address().toString(), server.fingerprint());
    bool operatorReady = false;
    QObject::connect(&operatorSession, &ClientSession::syncFinished,
                     [&](bool ok, const QString &) { operatorReady = operatorReady || ok; });
    operatorSession.login(server.address(), QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan"));
    if (!test::waitUntil([&] { return operatorReady; }, 60000))
        return false;
    QList<double> latencies;
    for (int i = 0; i < 20; ++i) {
        const QString name = QStringLiteral("实时网格%1").arg(i);
        QCborMap create;
        create.insert(QStringLiteral("townId"), town);
        create.insert(QStringLiteral("name"), name);
        create.insert(QStringLiteral("areaIds"), QCborArray{village});
        create.insert(QStringLiteral("part"),
                      create.value(QStringLiteral("name"))); // many grids share the village
        timer.restart();
        if (!operatorSession.submit(QString::fromLatin1(cmd::kGridCreate), create, name))
            return false;
        const bool seen = test::waitUntil(
            [&] {
                for (const Grid &grid : session.replica()->grids(town)) {
                    if (grid.name == name)
                        return true;
                }
                return false;
            },
            10000);
        if (!seen)
            return false;
        latencies.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    report.metric(
        QStringLiteral("grid_commands_per_s"), grids / (commandMs / 1000.0), QStringLiteral("1/s"),
        {{QStringLiteral("grids"), grids}},
        QStringLiteral("grid.create (durable): %1 commands/s").arg(grids / (commandMs / 1000.0), 0, 'f', 0));
    report.metric(QStringLiteral("first_sync_entities_per_s"), entities / (syncMs / 1000.0),
                  QStringLiteral("1/s"), {{QStringLiteral("entities"), entities}},
                  QStringLiteral("first sync: %1 entities in %2 ms").arg(entities).arg(syncMs, 0, 'f', 0));
    report.metric(QStringLiteral("live_median_ms"), latencies.at(latencies.size() / 2), QStringLiteral("ms"),
                  {},
                  QStringLiteral("live update: median %1 ms, max %2 ms over %3 changes")
                      .arg(latencies.at(latencies.size() / 2), 0, 'f', 1)
                      .arg(latencies.last(), 0, 'f', 1)
                      .arg(latencies.size()));
    return true;
}

} // namespace gridsafe::bench
