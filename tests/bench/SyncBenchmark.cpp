// Measures the paths a town's daily work and a first login depend on:
//   1. grid commands through the executor (one durable transaction each, fsync included),
//   2. a full first sync of a reviewer over real TLS on loopback into a fresh replica,
//   3. live updates: one user's change until it is in another connected user's replica.
// Prints figures; asserts nothing about time. Usage: sync_benchmark [--grids N]

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
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>

using namespace gridsafe;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int grids = 2000;
    const QStringList args = QCoreApplication::arguments();
    const int at = int(args.indexOf(QStringLiteral("--grids")));
    if (at >= 0 && at + 1 < args.size())
        grids = args.at(at + 1).toInt();
    QTextStream out(stdout);

    test::TestServer server;
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
            return 1;
        }
    }
    const double commandMs = double(timer.nsecsElapsed()) / 1e6;
    out << QStringLiteral("grid.create: %1 commands in %2 ms = %3 commands/s (%4 ms each, durable)")
               .arg(grids)
               .arg(commandMs, 0, 'f', 0)
               .arg(grids / (commandMs / 1000.0), 0, 'f', 0)
               .arg(commandMs / grids, 0, 'f', 2)
        << Qt::endl;

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
        return 1;
    }
    const double syncMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 entities =
        scalarSql(server.core().database().sql(), QStringLiteral("SELECT COUNT(*) FROM changes"))
            .value()
            .toLongLong();
    out << QStringLiteral("first sync (login + pull + apply): %1 entities in %2 ms = %3 entities/s")
               .arg(entities)
               .arg(syncMs, 0, 'f', 0)
               .arg(entities / (syncMs / 1000.0), 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("replica grids in 遥观镇: %1").arg(session.replica()->grids(town).size())
        << Qt::endl;
    if (session.replica()->grids(town).size() < grids)
        return 1;

    // Live updates: an operator's change until it is in the (connected) reviewer's replica.
    QTemporaryDir operatorDir;
    ClientSession operatorSession(operatorDir.path());
    operatorSession.pins().setPin(server.address().toString(), server.fingerprint());
    bool operatorReady = false;
    QObject::connect(&operatorSession, &ClientSession::syncFinished,
                     [&](bool ok, const QString &) { operatorReady = operatorReady || ok; });
    operatorSession.login(server.address(), QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan"));
    if (!test::waitUntil([&] { return operatorReady; }, 60000))
        return 1;
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
            return 1;
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
            return 1;
        latencies.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    out << QStringLiteral(
               "live update (operator submits, reviewer's replica has it): median %1 ms, max %2 ms "
               "over %3 changes")
               .arg(latencies.at(latencies.size() / 2), 0, 'f', 1)
               .arg(latencies.last(), 0, 'f', 1)
               .arg(latencies.size())
        << Qt::endl;
    return 0;
}
