// Importing the enterprise register from a town's file, as the desktop and the CLI do it: the
// file read and its columns matched on the client, the rows staged over TLS in chunks, the
// server's dry run and its problems row by row, the commit through the outbox, an upload
// surviving a lost link, and the imported enterprises reaching the replica.

#include "ServerCore.h"
#include "SessionHelpers.h"
#include "TestServer.h"
#include "Wait.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/enterprises/EnterpriseColumnMapping.h"
#include "core/enterprises/EnterpriseImportRun.h"
#include "core/enterprises/EnterpriseImportSummary.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/CreditCode.h"
#include "domain/EnterpriseImportFields.h"
#include "protocol/MessageType.h"
#include "sheets/SpreadsheetReader.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QCborArray>

#include <optional>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

const QString kYaoguan = QStringLiteral("yaoguan");
const QString kYaoguanPassword = QStringLiteral("gridsafe-yaoguan");

QString fixture(const char *name)
{
    return QStringLiteral(GRIDSAFE_TEST_DATA "/") + QString::fromLatin1(name);
}

// What a run said, for waiting on it.
struct RunWatch
{
    explicit RunWatch(EnterpriseImportRun &run)
    {
        QObject::connect(&run, &EnterpriseImportRun::checked, [this] { checked = true; });
        QObject::connect(&run, &EnterpriseImportRun::committed,
                         [this](const QCborMap &summary) { committed = summary; });
        QObject::connect(&run, &EnterpriseImportRun::failed, [this](const Error &error) { failure = error; });
        QObject::connect(&run, &EnterpriseImportRun::jobCancelled, [this] { jobCancelled = true; });
        QObject::connect(&run, &EnterpriseImportRun::waitingForLink, [this](bool waiting) {
            if (waiting)
                ++waits;
            else
                resumedAt.append(uploaded.isEmpty() ? 0 : uploaded.last());
        });
        QObject::connect(&run, &EnterpriseImportRun::progress,
                         [this](EnterpriseImportRun::Stage stage, qint64 done, qint64) {
                             if (stage == EnterpriseImportRun::Stage::Uploading)
                                 uploaded.append(done);
                         });
    }

    bool checked = false;
    bool jobCancelled = false;
    std::optional<QCborMap> committed;
    std::optional<Error> failure;
    int waits = 0;
    QList<qint64> uploaded;  // the server's count after each chunk (and at each resume)
    QList<qint64> resumedAt; // the count last seen when the link came back
};

struct ReadFile
{
    SheetData sheet;
    EnterpriseColumnMapping mapping;
    QList<QCborMap> rows;
    QString checksum;
};

ReadFile readFixture(const char *name)
{
    auto sheet = SpreadsheetReader::read(fixture(name));
    REQUIRE(sheet.ok());
    ReadFile file;
    file.sheet = sheet.value();
    file.mapping = EnterpriseColumnMapping::forSheet(file.sheet);
    file.rows = file.mapping.rowsFor(file.sheet);
    auto checksum = EnterpriseImportRun::fileChecksum(fixture(name));
    REQUIRE(checksum.ok());
    file.checksum = checksum.value();
    return file;
}

qint64 serverCount(TestServer &server, const QString &table)
{
    auto count = scalarSql(server.core().database().sql(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
    REQUIRE(count.ok());
    return count.value().toLongLong();
}

QString creditCode(int serial)
{
    const QString first17 = QStringLiteral("91320412MC%1").arg(serial, 7, 10, QLatin1Char('0'));
    return first17 + *creditCodeCheckCharacter(first17);
}

// Generated rows of 遥观镇, as rowsFor makes them, numbered from file row 2.
QList<QCborMap> generatedRows(int count)
{
    QList<QCborMap> rows;
    for (int i = 0; i < count; ++i) {
        const QCborMap cells{
            {QLatin1String(importfield::kCreditCode), creditCode(i + 1)},
            {QLatin1String(importfield::kName), QStringLiteral("常州遥观测试%1厂").arg(i + 1)},
            {QLatin1String(importfield::kTown), QStringLiteral("遥观镇")},
            {QLatin1String(importfield::kVillage), QStringLiteral("建农村")},
            {QLatin1String(importfield::kIndustry), QStringLiteral("C34")}};
        rows.append(QCborMap{{QStringLiteral("row"), i + 2}, {QStringLiteral("cells"), cells}});
    }
    return rows;
}

} // namespace

TEST_CASE(
    "enterprise import: columns are matched by title, a second match is left out and said, and rows carry "
    "only mapped, non-empty cells")
{
    SheetData sheet;
    sheet.rows = {{QStringLiteral("制表：遥观镇应急办")},
                  {QStringLiteral("序号"), QStringLiteral("社会信用代码"), QStringLiteral("企业名称"),
                   QStringLiteral("单位名称"), QStringLiteral(" 镇 街 "), QStringLiteral("备注")},
                  {QStringLiteral("1"), QStringLiteral(" 91320412MA1YG0001N "), QStringLiteral("甲厂"),
                   QStringLiteral("甲厂（旧名）"), QStringLiteral("遥观镇"), QString()},
                  {QString(), QStringLiteral("  "), QString()},
                  {QString(), QString(), QString(), QString(), QString(), QStringLiteral("仅有备注")}};
    EnterpriseColumnMapping mapping = EnterpriseColumnMapping::forSheet(sheet);
    CHECK(mapping.headerRow() == 1);
    CHECK(mapping.field(0).isEmpty());
    CHECK(mapping.field(1) == QLatin1String("creditCode"));
    CHECK(mapping.field(2) == QLatin1String("name"));
    CHECK(mapping.field(3).isEmpty()); // 单位名称 also means the name: the first column keeps it
    REQUIRE(mapping.notes().size() == 1);
    CHECK(mapping.notes().first().contains(QStringLiteral("Column D")));
    CHECK(mapping.field(4) == QLatin1String("town"));
    CHECK(mapping.missingRequired().isEmpty());

    const QList<QCborMap> rows = mapping.rowsFor(sheet);
    REQUIRE(rows.size() == 2); // the blank row is skipped; a row with only a note is sent
    CHECK(rows.at(0).value(QStringLiteral("row")).toInteger() == 3);
    CHECK(rows.at(0).value(QStringLiteral("cells")).toMap()
          == QCborMap{{QStringLiteral("creditCode"), QStringLiteral("91320412MA1YG0001N")},
                      {QStringLiteral("name"), QStringLiteral("甲厂")},
                      {QStringLiteral("town"), QStringLiteral("遥观镇")}});
    CHECK(rows.at(1).value(QStringLiteral("row")).toInteger() == 5);
    CHECK(rows.at(1).value(QStringLiteral("cells")).toMap().isEmpty());

    // By hand: the name from column D takes it from column C; the town left out is missing.
    REQUIRE(mapping.setField(3, QStringLiteral("name")).ok());
    CHECK(mapping.field(2).isEmpty());
    CHECK(mapping.rowsFor(sheet).first().value(QStringLiteral("cells")).toMap().value(QStringLiteral("name"))
          == QStringLiteral("甲厂（旧名）"));
    REQUIRE(mapping.setField(mapping.findColumn(QStringLiteral("E")), QString()).ok());
    CHECK(mapping.missingRequired() == QStringList{QStringLiteral("town")});
    CHECK_FALSE(mapping.setField(1, QStringLiteral("nonsense")).ok());
}

TEST_CASE("enterprise import: an xlsx saved by LibreOffice is checked and committed over the network")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(kYaoguan, kYaoguanPassword));
    const qint64 before = serverCount(server, QStringLiteral("enterprises"));
    const ReadFile file = readFixture("enterprises-import.xlsx");
    // The title line above the header is passed over; 序号 and 备注 are no import fields.
    CHECK(file.mapping.headerRow() == 1);
    CHECK(file.mapping.missingRequired().isEmpty());
    CHECK(file.mapping.field(file.mapping.findColumn(QStringLiteral("序号"))).isEmpty());
    CHECK(file.mapping.field(file.mapping.findColumn(QStringLiteral("备注"))).isEmpty());
    CHECK(file.mapping.field(file.mapping.findColumn(QStringLiteral("统一社会信用代码")))
          == QLatin1String("creditCode"));
    REQUIRE(file.rows.size() == 5);
    CHECK(file.rows.first().value(QStringLiteral("row")).toInteger() == 3);
    CHECK(file.checksum.size() == 64);

    EnterpriseImportRun run(client.session());
    RunWatch watch(run);
    run.start(QStringLiteral("enterprises-import.xlsx"), file.checksum, file.rows);
    REQUIRE(waitUntil([&] { return watch.checked || watch.failure; }, 20000));
    REQUIRE_FALSE(watch.failure);
    const EnterpriseImportSummary checked = EnterpriseImportSummary::fromMap(run.summary());
    CHECK(checked.rows == 5);
    CHECK(checked.creates == 5);
    CHECK(checked.refused == 0);
    // 渔庄村, 桥南村 and 留道社区 each lie in one grid; 东方村 in two, 建农村 in none.
    CHECK(checked.gridsFromVillage == 3);
    CHECK(run.problems().isEmpty());
    CHECK(serverCount(server, QStringLiteral("enterprises")) == before); // the dry run changed nothing

    run.commit();
    REQUIRE(waitUntil([&] { return watch.committed || watch.failure; }, 20000));
    REQUIRE_FALSE(watch.failure);
    CHECK(EnterpriseImportSummary::fromMap(*watch.committed).creates == 5);
    CHECK(serverCount(server, QStringLiteral("enterprises")) == before + 5);
    CHECK(serverCount(server, QStringLiteral("import_jobs")) == 0); // the commit took the staged rows
    CHECK(client.session().outbox()->pendingCount() == 0);
    // The audit log names the file and its checksum.
    auto audited =
        scalarSql(server.core().database().sql(),
                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'enterprise.import'"));
    REQUIRE(audited.ok());
    CHECK(audited.value().toLongLong() == 1);
}

TEST_CASE(
    "enterprise import: a GBK csv with bad rows is refused row by row and the register is unchanged by the "
    "dry run")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(kYaoguan, kYaoguanPassword));
    const ReadFile file = readFixture("enterprises-import-gbk.csv");
    CHECK(file.sheet.encoding == QStringLiteral("GB18030"));
    for (const char *title :
         {"单位名称", "所属镇街", "法人代表", "所属行业", "企业规模", "职工人数", "经营状态"})
        CHECK_FALSE(file.mapping.field(file.mapping.findColumn(QString::fromUtf8(title))).isEmpty());
    REQUIRE(file.rows.size() == 8); // the empty row is not sent

    const qint64 enterprisesBefore = serverCount(server, QStringLiteral("enterprises"));
    const qint64 changesBefore = serverCount(server, QStringLiteral("changes"));
    const qint64 auditBefore = serverCount(server, QStringLiteral("audit_log"));
    EnterpriseImportRun run(client.session());
    RunWatch watch(run);
    run.start(QStringLiteral("enterprises-import-gbk.csv"), file.checksum, file.rows);
    REQUIRE(waitUntil([&] { return watch.checked || watch.failure; }, 20000));
    REQUIRE_FALSE(watch.failure);
    const EnterpriseImportSummary summary = EnterpriseImportSummary::fromMap(run.summary());
    CHECK(summary.rows == 8);
    CHECK(summary.creates == 3);
    CHECK(summary.refused == 5);
    QHash<int, EnterpriseImportProblem> byRow;
    for (const EnterpriseImportProblem &problem : run.problems())
        byRow.insert(problem.row, problem);
    CHECK(byRow.keys().size() == 5);
    CHECK(byRow.value(4).field == QLatin1String("creditCode"));
    CHECK(byRow.value(4).message.contains(QStringLiteral("check character")));
    CHECK(byRow.value(5).field == QLatin1String("village"));
    CHECK(byRow.value(5).message.contains(QStringLiteral("不存在村")));
    CHECK(byRow.value(6).fieldLabel() == enterpriseImportFieldLabel(QStringLiteral("town"))); // "townId"
    CHECK(byRow.value(7).field == QLatin1String("scale"));
    CHECK(byRow.value(8).message.contains(QStringLiteral("row 2")));
    CHECK(byRow.value(7).line().startsWith(QStringLiteral("Row 7, ")));

    CHECK(serverCount(server, QStringLiteral("enterprises")) == enterprisesBefore);
    CHECK(serverCount(server, QStringLiteral("changes")) == changesBefore);
    CHECK(serverCount(server, QStringLiteral("audit_log")) == auditBefore);

    // Cancelling drops the staged rows on the server.
    const qint64 job = run.jobId();
    run.cancel();
    REQUIRE(waitUntil([&] { return watch.jobCancelled; }));
    std::optional<Result<QCborMap>> status;
    client.session().ask(QString::fromLatin1(msg::kImportStatus), {{QStringLiteral("jobId"), job}},
                         [&](const Result<QCborMap> &reply) { status = reply; });
    REQUIRE(waitUntil([&] { return status.has_value(); }));
    REQUIRE_FALSE(status->ok());
    CHECK(status->error().code == ErrorCode::NotFound);
    CHECK(serverCount(server, QStringLiteral("import_jobs")) == 0);
}

TEST_CASE("enterprise import: an upload cut off midway resumes from the server's count")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(kYaoguan, kYaoguanPassword));
    EnterpriseImportRun run(client.session());
    run.setMaxChunkRows(5);
    RunWatch watch(run);
    // The link is cut the moment the server holds 15 rows, while the next chunk goes out (on
    // loopback the whole upload would otherwise be over between two looks).
    bool cut = false;
    QObject::connect(&run, &EnterpriseImportRun::progress,
                     [&](EnterpriseImportRun::Stage stage, qint64 done, qint64) {
                         if (stage == EnterpriseImportRun::Stage::Uploading && done >= 15 && !cut) {
                             cut = true;
                             server.stop();
                         }
                     });
    run.start(QStringLiteral("generated.csv"), QString(64, QLatin1Char('0')), generatedRows(40));
    REQUIRE(waitUntil([&] { return cut; }));
    const qint64 job = run.jobId();
    REQUIRE(waitUntil([&] { return client.session().linkState() == ClientSession::LinkState::Offline; }));
    REQUIRE(waitUntil([&] { return watch.waits > 0; }));
    CHECK_FALSE(watch.failure);
    const qint64 stagedBefore = watch.uploaded.last();
    server.restart();
    REQUIRE(waitUntil([&] { return watch.checked || watch.failure; }, 30000));
    REQUIRE_FALSE(watch.failure);
    CHECK(run.resumes() >= 1);
    CHECK(run.jobId() == job); // the same job, not begun again
    // After the resume the upload goes on from what the server holds, not from row 0.
    const qsizetype resumeIndex = watch.uploaded.indexOf(stagedBefore) + 1;
    REQUIRE(resumeIndex < watch.uploaded.size());
    CHECK(watch.uploaded.at(resumeIndex) >= stagedBefore);
    CHECK_FALSE(watch.uploaded.mid(resumeIndex).contains(0));
    const EnterpriseImportSummary summary = EnterpriseImportSummary::fromMap(run.summary());
    CHECK(summary.rows == 40);
    CHECK(summary.creates == 40);
    CHECK(summary.refused == 0);
}

TEST_CASE("enterprise import: the committed enterprises arrive in the client's replica")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(kYaoguan, kYaoguanPassword));
    const ReadFile file = readFixture("enterprises-import-gbk.csv");
    const ReplicaEnterprises replica(client.session().replica()->sql());
    const qint64 before = replica.count().value();
    EnterpriseImportRun run(client.session());
    RunWatch watch(run);
    run.start(QStringLiteral("enterprises-import-gbk.csv"), file.checksum, file.rows);
    REQUIRE(waitUntil([&] { return watch.checked || watch.failure; }, 20000));
    REQUIRE_FALSE(watch.failure);
    run.commit(); // the valid rows only
    REQUIRE(waitUntil([&] { return watch.committed || watch.failure; }, 20000));
    REQUIRE_FALSE(watch.failure);
    CHECK(EnterpriseImportSummary::fromMap(*watch.committed).creates == 3);

    REQUIRE(waitUntil([&] {
        auto count = replica.count();
        return count.ok() && count.value() == before + 3;
    }));
    const QString code = file.rows.first()
                             .value(QStringLiteral("cells"))
                             .toMap()
                             .value(QStringLiteral("creditCode"))
                             .toString();
    const std::optional<Enterprise> hardware = replica.enterpriseByCode(code);
    REQUIRE(hardware);
    CHECK(hardware->name == QStringLiteral("常州遥观五金制品厂"));
    CHECK(hardware->villageId == server.regionId(QStringLiteral("塘桥村")));
    CHECK(hardware->gridId == server.gridId(QStringLiteral("桥南塘桥网格"))); // the village's only grid
    CHECK(hardware->employees == 25);
}

TEST_CASE("enterprise import: offline the import says it needs the server and queues nothing")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(kYaoguan, kYaoguanPassword));
    server.stop();
    REQUIRE(waitUntil([&] { return client.session().linkState() == ClientSession::LinkState::Offline; }));
    EnterpriseImportRun run(client.session());
    RunWatch watch(run);
    run.start(QStringLiteral("generated.csv"), QString(64, QLatin1Char('0')), generatedRows(3));
    REQUIRE(waitUntil([&] { return watch.failure.has_value(); }));
    CHECK(watch.failure->code == ErrorCode::Network);
    CHECK(watch.failure->message.contains(QStringLiteral("needs the server")));
    CHECK(client.session().outbox()->pendingCount() == 0);
}

TEST_CASE("enterprise import: a role that may not import is refused before any row is sent")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(QStringLiteral("zhangwei"), QStringLiteral("gridsafe-inspect")));
    EnterpriseImportRun run(client.session());
    RunWatch watch(run);
    run.start(QStringLiteral("generated.csv"), QString(64, QLatin1Char('0')), generatedRows(3));
    REQUIRE(waitUntil([&] { return watch.failure.has_value(); }));
    CHECK(watch.failure->code == ErrorCode::Forbidden);
    CHECK(run.jobId() == 0);
    CHECK(serverCount(server, QStringLiteral("import_jobs")) == 0);
}
