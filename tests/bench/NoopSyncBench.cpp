#include "NoopSyncBench.h"

#include "BenchReport.h"
#include "ServerCore.h"
#include "TestServer.h"
#include "Wait.h"
#include "core/CertificatePinStore.h"
#include "core/ClientSession.h"
#include "sql/PreparedStatement.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace gridsafe::bench {

namespace {

constexpr int kSmallLog = 1000;
constexpr int kRuns = 50;

qint64 logSize(test::TestServer &server)
{
    return scalarSql(server.core().database().sql(), QStringLiteral("SELECT COUNT(*) FROM changes"))
        .value()
        .toLongLong();
}

// Rows of the change feed as other towns' enterprises would leave them, in one transaction.
bool addOtherTownsRows(test::TestServer &server, qint64 rows, const QList<qint64> &towns)
{
    QSqlDatabase db = server.core().database().sql();
    if (!execSql(db, QStringLiteral("BEGIN")))
        return false;
    PreparedStatement insert(
        db, QStringLiteral("INSERT INTO changes (entity, entity_id, town_id, deleted, exited, "
                           "payload) VALUES ('enterprise', :id, :town, 0, 0, :payload)"));
    static qint64 nextId = 10000000;
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 id = nextId++;
        const QByteArray payload =
            QCborMap{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), QStringLiteral("常州市基准企业%1").arg(id)}}
                .toCborValue()
                .toCbor();
        if (!insert.exec({{QStringLiteral("id"), id},
                          {QStringLiteral("town"), towns.at(int(i % towns.size()))},
                          {QStringLiteral("payload"), payload}}))
            return false;
    }
    return execSql(db, QStringLiteral("COMMIT")).ok();
}

// Median and 99th percentile of kRuns no-op syncs, in ms; empty when one failed.
QList<double> timeNoopSyncs(ClientSession &session)
{
    QList<double> times;
    for (int i = 0; i < kRuns; ++i) {
        bool done = false;
        bool ok = false;
        const auto connection =
            QObject::connect(&session, &ClientSession::syncFinished, [&](bool success, const QString &) {
                done = true;
                ok = success;
            });
        QElapsedTimer timer;
        timer.start();
        session.syncNow();
        const bool finished = test::waitUntil([&] { return done; }, 30000);
        QObject::disconnect(connection);
        if (!finished || !ok)
            return {};
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2),
            times.at(std::min<qsizetype>(times.size() - 1, times.size() * 99 / 100))};
}

} // namespace

bool runNoopSyncBench(test::TestServer &server, int largeLog, BenchReport &report)
{
    QTextStream out(stdout);
    const qint64 own = server.regionId(QStringLiteral("遥观镇"));
    QList<qint64> others;
    for (const char *town : {"横林镇", "横山桥镇", "郑陆镇", "潞城街道"}) {
        if (auto id = scalarSql(server.core().database().sql(),
                                QStringLiteral("SELECT id FROM regions WHERE name = :name"),
                                {{QStringLiteral("name"), QString::fromUtf8(town)}});
            id && id->isValid())
            others.append(id->toLongLong());
    }
    others.removeAll(own);
    if (others.isEmpty()) {
        out << "no other towns in the demo data" << Qt::endl;
        return false;
    }
    if (const qint64 have = logSize(server);
        have < kSmallLog && !addOtherTownsRows(server, kSmallLog - have, others)) {
        out << "could not fill the change log" << Qt::endl;
        return false;
    }

    QTemporaryDir clientDir;
    ClientSession session(clientDir.path());
    session.pins().setPin(server.address().toString(), server.fingerprint());
    bool synced = false;
    bool failed = false;
    {
        const auto first =
            QObject::connect(&session, &ClientSession::syncFinished, [&](bool ok, const QString &) {
                synced = ok;
                failed = !ok;
            });
        QObject::connect(&session, &ClientSession::loginFailed, [&](const Error &) { failed = true; });
        session.login(server.address(), QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan"));
        const bool ready = test::waitUntil([&] { return synced || failed; }, 120000) && !failed;
        QObject::disconnect(first);
        if (!ready) {
            out << "the operator's first sync failed" << Qt::endl;
            return false;
        }
    }

    auto measure = [&](qint64 changes) {
        const QList<double> times = timeNoopSyncs(session);
        if (times.isEmpty()) {
            out << "a no-op sync failed" << Qt::endl;
            return false;
        }
        report.metric(
            QStringLiteral("noop_sync_ms"), times.at(0), QStringLiteral("ms"),
            {{QStringLiteral("changes"), changes}, {QStringLiteral("p99_ms"), times.at(1)}},
            QStringLiteral("no-op sync of a town operator with a %1-change log: median %2 ms, p99 %3 ms")
                .arg(changes)
                .arg(times.at(0), 0, 'f', 2)
                .arg(times.at(1), 0, 'f', 2));
        return true;
    };
    if (!measure(logSize(server)))
        return false;
    QElapsedTimer filling;
    filling.start();
    if (!addOtherTownsRows(server, largeLog, others)) {
        out << "could not fill the change log" << Qt::endl;
        return false;
    }
    out << "added " << largeLog << " other towns' changes in " << filling.elapsed() << " ms" << Qt::endl;
    // Other towns' changes are not this operator's: the sync after them is a no-op as well.
    return measure(logSize(server));
}

} // namespace gridsafe::bench
