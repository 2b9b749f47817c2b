#include "DistrictBench.h"

#include "BenchReport.h"
#include "RawClient.h"
#include "SampleEnterprise.h"
#include "ServerProcess.h"
#include "Wait.h"

#include "ServerCore.h"
#include "accounts/UserRepository.h"
#include "commands/CommandExecutor.h"
#include "commands/RequestRegistry.h"
#include "core/CertificatePinStore.h"
#include "core/ClientSession.h"
#include "core/Replica.h"
#include "demo/DemoBoundarySeeder.h"
#include "demo/DemoEnterpriseSeeder.h"
#include "demo/DemoNetworkSeeder.h"
#include "demo/DemoSeeder.h"
#include "domain/CommandName.h"
#include "domain/CreditCode.h"
#include "domain/RegionKind.h"
#include "grids/GridRepository.h"
#include "protocol/MessageType.h"
#include "regions/RegionRepository.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"
#include "ui/enterprises/EnterpriseTableModel.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <iostream>

namespace gridsafe::bench {

namespace {

struct Village
{
    QString town;
    QString name;
    QString grid; // named when the village is split between grids
};

Result<QList<Village>> districtVillages(ServerCore &core)
{
    auto regions = RegionRepository(core.database().sql()).all();
    if (!regions)
        return regions.error();
    auto grids = GridRepository(core.database().sql()).all();
    if (!grids)
        return grids.error();
    QHash<qint64, QStringList> gridsOfArea;
    for (const Grid &grid : grids.value()) {
        if (grid.status == Grid::Status::Active) {
            for (qint64 area : grid.areaIds)
                gridsOfArea[area].append(grid.name);
        }
    }
    QHash<qint64, QString> towns;
    for (const Region &region : regions.value()) {
        if (isTownLevel(region.kind))
            towns.insert(region.id, region.name);
    }
    QList<Village> villages;
    for (const Region &region : regions.value()) {
        if (isGridArea(region.kind) && region.townId && towns.contains(*region.townId)) {
            const QStringList inGrids = gridsOfArea.value(region.id);
            villages.append(
                {towns.value(*region.townId), region.name, inGrids.size() > 1 ? inGrids.first() : QString()});
        }
    }
    return villages;
}

QCborMap generatedRow(const Village &village, int serial)
{
    static const char *const products[] = {"木粉", "机械",     "纺织", "建材",
                                           "电子", "塑料制品", "铸造", "家具"};
    static const char *const sectors[] = {"轻工", "机械", "纺织", "建材", "无", "无", "机械", "轻工"};
    static const char *const levels[] = {"重大", "较大", "一般", "低"};
    const int kind = serial % 8;
    const QString first17 = QStringLiteral("91320412ME%1").arg(serial, 7, 10, QLatin1Char('0'));
    QCborMap cells{
        {QStringLiteral("creditCode"), first17 + *creditCodeCheckCharacter(first17)},
        {QStringLiteral("name"),
         QStringLiteral("常州市区域%1%2有限公司").arg(serial).arg(QString::fromUtf8(products[kind]))},
        {QStringLiteral("address"),
         QStringLiteral("常州市经开区%1%2%3号").arg(village.town, village.name).arg(serial % 300)},
        {QStringLiteral("town"), village.town},
        {QStringLiteral("village"), village.name},
        {QStringLiteral("industry"), QStringLiteral("C34")},
        {QStringLiteral("sector"), QString::fromUtf8(sectors[kind])},
        {QStringLiteral("scale"), serial % 4 == 0 ? QStringLiteral("规上") : QStringLiteral("规下")},
        {QStringLiteral("employees"), QString::number(10 + serial % 500)},
        {QStringLiteral("legalRepresentative"), QStringLiteral("王建国")},
        {QStringLiteral("safetyContact"), QStringLiteral("陈安全")},
        {QStringLiteral("safetyPhone"), QStringLiteral("139%1").arg(10000000 + serial)},
        {QStringLiteral("status"), QStringLiteral("在产")},
        {QStringLiteral("riskLevel"), QString::fromUtf8(levels[serial % 4])},
        {QStringLiteral("riskKind"), QStringLiteral("定期")},
        {QStringLiteral("riskReportedOn"), QStringLiteral("2025-06-30")}};
    if (!village.grid.isEmpty())
        cells.insert(QStringLiteral("grid"), village.grid);
    return cells;
}

// Imports `count` generated enterprises as the demo administrator, through the staged
// import (checked, then committed as enterprise.import), in jobs of at most 50,000 rows.
Status importEnterprises(ServerCore &core, const QList<Village> &villages, int count)
{
    auto admin = UserRepository(core.database().sql()).findByName(QStringLiteral("admin"));
    if (!admin || !admin.value())
        return makeError(ErrorCode::Internal, QStringLiteral("the demo administrator is missing"));
    const Actor actor = admin.value()->toActor();
    auto request = [&](const char *type, const QCborMap &body) {
        return (*core.requests().find(QString::fromLatin1(type)))(actor, body);
    };
    constexpr int kJobRows = 50000;
    constexpr int kChunkRows = 2000;
    for (int done = 0; done < count;) {
        const int jobRows = std::min(kJobRows, count - done);
        QCborArray rows;
        for (int i = 0; i < jobRows; ++i)
            rows.append(QCborMap{{QStringLiteral("row"), i + 2},
                                 {QStringLiteral("cells"),
                                  generatedRow(villages.at((done + i) % villages.size()), done + i)}});
        auto begun = request(
            msg::kImportBegin,
            {{QStringLiteral("fileName"), QStringLiteral("区域企业名录.xlsx")},
             {QStringLiteral("checksum"),
              QString::fromLatin1(
                  QCryptographicHash::hash(rows.toCborValue().toCbor(), QCryptographicHash::Sha256).toHex())},
             {QStringLiteral("rowCount"), rows.size()}});
        if (!begun)
            return begun.error();
        const qint64 job = begun->value(QStringLiteral("jobId")).toInteger();
        for (int first = 0; first < jobRows; first += kChunkRows) {
            QCborArray chunk;
            for (int i = first; i < std::min(jobRows, first + kChunkRows); ++i)
                chunk.append(rows.at(i));
            auto uploaded = request(msg::kImportUpload, {{QStringLiteral("jobId"), job},
                                                         {QStringLiteral("first"), first},
                                                         {QStringLiteral("rows"), chunk}});
            if (!uploaded)
                return uploaded.error();
        }
        auto checked = request(msg::kImportCheck, {{QStringLiteral("jobId"), job}});
        if (!checked)
            return checked.error();
        if (const qint64 refused = checked->value(QStringLiteral("refused")).toInteger(); refused > 0)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("%1 generated rows were refused").arg(refused));
        auto committed = core.executor().execute(actor, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 QString::fromLatin1(cmd::kEnterpriseImport),
                                                 {{QStringLiteral("jobId"), job}});
        if (!committed)
            return committed.error();
        done += jobRows;
    }
    return success();
}

Status generateDistrictDatabase(const QString &dataDir, int enterprises)
{
    SystemClock clock;
    ServerCore::Options options;
    options.dataDir = dataDir;
    auto core = ServerCore::open(options, clock);
    if (!core)
        return core.error();
    for (auto seed : {&DemoSeeder::seedIfEmpty, &DemoNetworkSeeder::seedIfEmpty,
                      &DemoBoundarySeeder::seedIfEmpty, &DemoEnterpriseSeeder::seedIfEmpty}) {
        if (Status seeded = seed(*core.value()); !seeded)
            return seeded;
    }
    auto villages = districtVillages(*core.value());
    if (!villages)
        return villages.error();
    return importEnterprises(*core.value(), villages.value(),
                             std::max(0, enterprises - DemoEnterpriseSeeder::kEnterprises));
}

// The rows of every table the sync filled, copied into a fresh replica file in one
// transaction: the same schema and indexes, with no network, no CBOR and no row-by-row code.
Result<double> rawInsertSeconds(const QString &syncedPath, const QString &freshPath, qint64 *rows)
{
    {
        auto fresh = Replica::open(freshPath);
        if (!fresh)
            return fresh.error();
    }
    double seconds = 0;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-raw"));
        db.setDatabaseName(freshPath);
        if (!db.open())
            failure = db.lastError().text();
        QSqlQuery query(db);
        // As the replica runs: WAL, synchronous=FULL.
        for (const QString &sql :
             {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
              QStringLiteral("ATTACH DATABASE '%1' AS synced").arg(syncedPath)}) {
            if (failure.isEmpty() && !query.exec(sql))
                failure = query.lastError().text();
        }
        QStringList tables;
        if (failure.isEmpty()
            && query.exec(QStringLiteral("SELECT name FROM synced.sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%'"))) {
            while (query.next())
                tables.append(query.value(0).toString());
        }
        QElapsedTimer timer;
        timer.start();
        if (failure.isEmpty() && !query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            failure = query.lastError().text();
        for (const QString &table : std::as_const(tables)) {
            if (!failure.isEmpty())
                break;
            if (!query.exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(table))
                || !query.exec(
                    QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM synced.\"%1\"").arg(table)))
                failure = table + QStringLiteral(": ") + query.lastError().text();
            else
                *rows += query.numRowsAffected();
        }
        if (failure.isEmpty() && !query.exec(QStringLiteral("COMMIT")))
            failure = query.lastError().text();
        seconds = timer.nsecsElapsed() / 1e9;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-raw"));
    if (!failure.isEmpty())
        return makeError(ErrorCode::Internal, failure);
    return seconds;
}

// From an operator's acknowledged enterprise.create until the reviewer's register model,
// holding the whole district, shows the new row: the server notes the reviewer's client, it
// pulls, and the model inserts that one row. Both moments are read off one clock in this
// process. Milliseconds per sample, sorted; empty when a step failed.
QList<double> liveLatencies(ClientSession &reviewer, quint16 port, int samples)
{
    EnterpriseTableModel model(*reviewer.replica(), std::nullopt);
    if (!test::waitUntil([&] { return !model.isLoading(); }, 300000))
        return {};
    qint64 town = 0;
    qint64 village = 0;
    QString villageName;
    for (const Region &region : reviewer.replica()->regions()) {
        if (region.name == QStringLiteral("遥观镇"))
            town = region.id;
    }
    for (const Region &region : reviewer.replica()->regions()) {
        if (!village && region.parentId == town && isGridArea(region.kind)) {
            village = region.id;
            villageName = region.name;
        }
    }
    test::RawClient operatorClient;
    if (!operatorClient.connectTo(port)
        || !operatorClient.helloAndLogin(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")))
        return {};
    QElapsedTimer clock;
    clock.start();
    qint64 waitingFor = 0;
    qint64 rowShownAt = -1;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (rowShownAt < 0 && waitingFor && model.rowOf(waitingFor))
            rowShownAt = clock.nsecsElapsed();
    });
    QList<double> latencies;
    for (int i = 0; i < samples; ++i) {
        const QString first17 = QStringLiteral("91320412MF%1").arg(i, 7, 10, QLatin1Char('0'));
        const QCborMap args =
            test::sampleEnterpriseArgs(town, village, villageName, QStringLiteral("实时企业%1").arg(i),
                                       first17 + *creditCodeCheckCharacter(first17));
        qint64 ackedAt = -1;
        quint64 request = 0;
        rowShownAt = -1;
        waitingFor = 0;
        operatorClient.setMessageHandler([&](const Message &message) {
            if (message.id != request)
                return;
            ackedAt = clock.nsecsElapsed();
            waitingFor = message.body.value(QStringLiteral("result"))
                             .toMap()
                             .value(QStringLiteral("enterpriseId"))
                             .toInteger();
            if (waitingFor && model.rowOf(waitingFor))
                rowShownAt = ackedAt; // shown before the answer was read: no wait
        });
        request = operatorClient.sendRequest(
            QString::fromLatin1(msg::kCommand),
            {{QStringLiteral("commandId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
             {QStringLiteral("name"), QStringLiteral("enterprise.create")},
             {QStringLiteral("args"), args}});
        if (!test::waitUntil([&] { return ackedAt >= 0 && rowShownAt >= 0; }, 10000) || !waitingFor)
            return {};
        latencies.append(double(rowShownAt - ackedAt) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    return latencies;
}

} // namespace

bool generateDistrict(const QString &dataDir, int enterprises)
{
    if (Status generated = generateDistrictDatabase(dataDir, enterprises); !generated) {
        std::cerr << "generating the district failed: " << generated.error().message.toStdString() << '\n';
        return false;
    }
    return true;
}

bool runDistrictBench(BenchReport &report, int enterprises)
{
    QTemporaryDir serverDir;
    QElapsedTimer timer;
    timer.start();
    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedChannels);
    generator.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--generate-district"), serverDir.path(), QStringLiteral("--enterprises"),
                     QString::number(enterprises)});
    if (!generator.waitForFinished(1800000) || generator.exitStatus() != QProcess::NormalExit
        || generator.exitCode() != 0) {
        std::cerr << "the district generator failed\n";
        return false;
    }
    report.note(QStringLiteral("district of %1 enterprises generated in %2 s")
                    .arg(enterprises)
                    .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1));

    ServerProcess server(serverDir.path());
    if (!server.start({}))
        return false;
    QTemporaryDir clientDir;
    double syncSeconds = 0;
    QString replicaPath;
    double clientPeakMb = 0;
    QList<double> latencies;
    const int liveSamples = enterprises >= 10000 ? 100 : 10;
    {
        ClientSession session(clientDir.path());
        const ServerAddress address{QStringLiteral("127.0.0.1"), server.port()};
        session.pins().setPin(address.toString(), server.fingerprint());
        bool synced = false;
        bool failed = false;
        QObject::connect(&session, &ClientSession::syncFinished, [&](bool ok, const QString &) {
            synced = ok;
            failed = !ok;
        });
        QObject::connect(&session, &ClientSession::loginFailed, [&](const Error &) { failed = true; });
        resetOwnPeakRss();
        timer.restart();
        session.login(address, QStringLiteral("reviewer"), QStringLiteral("gridsafe-review"));
        if (!test::waitUntil([&] { return synced || failed; }, 1800000) || failed) {
            std::cerr << "the reviewer's first sync failed\n";
            return false;
        }
        syncSeconds = timer.nsecsElapsed() / 1e9;
        clientPeakMb = ownPeakRssMb();
        replicaPath = session.replica()->path();
        latencies = liveLatencies(session, server.port(), liveSamples);
        if (latencies.isEmpty()) {
            std::cerr << "the live update was not seen\n";
            return false;
        }
    }
    const double serverPeakMb = server.peakRssMb();
    qint64 rows = 0;
    auto raw = rawInsertSeconds(replicaPath, clientDir.filePath(QStringLiteral("raw.sqlite")), &rows);
    if (!raw) {
        std::cerr << "the raw insert failed: " << raw.error().message.toStdString() << '\n';
        return false;
    }
    const QJsonObject size{{QStringLiteral("enterprises"), enterprises}, {QStringLiteral("rows"), rows}};
    report.metric(QStringLiteral("initial_sync_s"), syncSeconds, QStringLiteral("s"), size,
                  QStringLiteral("first sync of the district (%1 enterprises, %2 replica rows): %3 s")
                      .arg(enterprises)
                      .arg(rows)
                      .arg(syncSeconds, 0, 'f', 1));
    report.metric(QStringLiteral("raw_insert_s"), raw.value(), QStringLiteral("s"), size,
                  QStringLiteral("the same rows inserted in one transaction: %1 s (the sync takes %2×)")
                      .arg(raw.value(), 0, 'f', 2)
                      .arg(syncSeconds / raw.value(), 0, 'f', 1));
    report.metric(QStringLiteral("initial_sync_ratio"), syncSeconds / raw.value(), QStringLiteral("x"), size);
    const auto percentile = [&latencies](double p) {
        return latencies.at(std::min(latencies.size() - 1, qsizetype(p * double(latencies.size()))));
    };
    const QJsonObject live{{QStringLiteral("enterprises"), enterprises},
                           {QStringLiteral("samples"), latencies.size()},
                           {QStringLiteral("command"), QStringLiteral("enterprise.create")}};
    report.metric(
        QStringLiteral("live_p50_ms"), percentile(0.5), QStringLiteral("ms"), live,
        QStringLiteral("live: an operator's new enterprise in the reviewer's register model: p50 %1 ms, "
                       "p99 %2 ms, max %3 ms (%4 changes, %5 enterprises in the model)")
            .arg(percentile(0.5), 0, 'f', 1)
            .arg(percentile(0.99), 0, 'f', 1)
            .arg(latencies.last(), 0, 'f', 1)
            .arg(latencies.size())
            .arg(enterprises));
    report.metric(QStringLiteral("live_p99_ms"), percentile(0.99), QStringLiteral("ms"), live);
    report.metric(
        QStringLiteral("client_peak_rss_mb"), clientPeakMb, QStringLiteral("MiB"), size,
        QStringLiteral("peak memory during the first sync: client %1 MiB").arg(clientPeakMb, 0, 'f', 0));
    report.metric(
        QStringLiteral("server_peak_rss_mb"), serverPeakMb, QStringLiteral("MiB"), size,
        QStringLiteral("peak memory during the first sync: server %1 MiB").arg(serverPeakMb, 0, 'f', 0));
    return true;
}

} // namespace gridsafe::bench
