// Enterprise imports through the real staging requests and the enterprise.import command:
// the dry run's reasons row by row, all-or-nothing commits, resumable uploads and the bounds.

#include "EnterpriseHelpers.h"
#include "domain/CommandName.h"
#include "domain/CreditCode.h"
#include "protocol/MessageType.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QCborArray>

using namespace gridsafe;

namespace {

const QString kYaoguan = QStringLiteral("yaoguan");

QCborMap cells(const QString &code, const QString &name, const QString &town = QStringLiteral("遥观镇"),
               const QString &village = QStringLiteral("渔庄村"))
{
    return {{QStringLiteral("creditCode"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("town"), town},
            {QStringLiteral("village"), village},
            {QStringLiteral("industry"), QStringLiteral("20 木材加工和木、竹、藤、棕、草制品业")},
            {QStringLiteral("sector"), QStringLiteral("轻工")},
            {QStringLiteral("focusFlags"), QStringLiteral("粉尘涉爆、有限空间")},
            {QStringLiteral("scale"), QStringLiteral("规下")},
            {QStringLiteral("employees"), QStringLiteral("36")},
            {QStringLiteral("status"), QStringLiteral("在产")},
            {QStringLiteral("riskLevel"), QStringLiteral("较大")},
            {QStringLiteral("riskReportedOn"), QStringLiteral("2026/1/15")}};
}

QString wrongCheck(const QString &code)
{
    QString wrong = code;
    wrong[17] = code[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    return wrong;
}

QCborMap check(test::ServerFixture &f, const QString &user, qint64 job)
{
    auto summary = test::request(f, user, msg::kImportCheck, {{QStringLiteral("jobId"), job}});
    REQUIRE(summary.ok());
    return summary.value();
}

QHash<int, QString> problems(test::ServerFixture &f, const QString &user, qint64 job)
{
    auto page = test::request(f, user, msg::kImportProblems, {{QStringLiteral("jobId"), job}});
    REQUIRE(page.ok());
    QHash<int, QString> byRow;
    for (const QCborValue &value : page->value(QStringLiteral("problems")).toArray()) {
        const QCborMap problem = value.toMap();
        byRow[int(problem.value(QStringLiteral("row")).toInteger())] +=
            problem.value(QStringLiteral("field")).toString() + QStringLiteral(": ")
            + problem.value(QStringLiteral("message")).toString() + QStringLiteral("\n");
    }
    return byRow;
}

struct Counts
{
    qint64 enterprises, changes, history, reports, audit;
    bool operator==(const Counts &) const = default;
};

Counts counts(test::ServerFixture &f)
{
    return {f.count(QStringLiteral("enterprises")), f.count(QStringLiteral("changes")),
            f.count(QStringLiteral("enterprise_changes")), f.count(QStringLiteral("risk_reports")),
            f.count(QStringLiteral("audit_log"))};
}

} // namespace

TEST_CASE("enterprise import: the dry run names every bad row and its reason and changes nothing")
{
    test::ServerFixture f;
    const QString good = test::newCreditCode();
    const QString bad = test::newCreditCode();
    QCborMap badTown = cells(test::newCreditCode(), QStringLiteral("外地公司"), QStringLiteral("武进区"));
    QCborMap badScale = cells(test::newCreditCode(), QStringLiteral("规模不明公司"));
    badScale.insert(QStringLiteral("scale"), QStringLiteral("中型"));
    QCborMap future = cells(test::newCreditCode(), QStringLiteral("未来报告公司"));
    future.insert(QStringLiteral("riskReportedOn"), QStringLiteral("2030-01-01"));
    const QCborArray rows{test::importRow(2, cells(good, QStringLiteral("常州好木业有限公司"))),
                          test::importRow(3, cells(wrongCheck(bad), QStringLiteral("错码公司"))),
                          test::importRow(4, cells(good.toLower(), QStringLiteral("重复公司"))),
                          test::importRow(5, badTown),
                          test::importRow(6, cells(test::newCreditCode(), QStringLiteral("错村公司"),
                                                   QStringLiteral("遥观镇"), QStringLiteral("不存在村"))),
                          test::importRow(7, badScale),
                          test::importRow(9, future)};
    const Counts before = counts(f);
    const qint64 job = test::stageImport(f, kYaoguan, rows);
    const QCborMap summary = check(f, kYaoguan, job);
    CHECK(summary.value(QStringLiteral("rows")).toInteger() == 7);
    CHECK(summary.value(QStringLiteral("creates")).toInteger() == 1);
    CHECK(summary.value(QStringLiteral("refused")).toInteger() == 6);
    const QHash<int, QString> found = problems(f, kYaoguan, job);
    CHECK_FALSE(found.contains(2));
    CHECK(found.value(3).contains(QStringLiteral("check character")));
    CHECK(found.value(3).contains(QString(*creditCodeCheckCharacter(QStringView(bad).left(17)))));
    CHECK(found.value(4).contains(QStringLiteral("row 2")));
    CHECK(found.value(5).startsWith(QStringLiteral("town:")));
    CHECK(found.value(5).contains(QStringLiteral("武进区")));
    CHECK(found.value(6).contains(QStringLiteral("不存在村")));
    CHECK(found.value(7).startsWith(QStringLiteral("scale:")));
    CHECK(found.value(9).contains(QStringLiteral("future")));
    CHECK(counts(f) == before);
}

TEST_CASE(
    "enterprise import: a commit creates and updates the valid rows with history, audited by file not cell")
{
    test::ServerFixture f;
    const qint64 existing = test::createEnterprise(
        f, kYaoguan, QStringLiteral("遥观镇"), QStringLiteral("渔庄村"), QStringLiteral("旧名字有限公司"));
    const QString existingCode =
        scalarSql(f.db(), QStringLiteral("SELECT credit_code FROM enterprises"))->toString();
    QCborMap update;
    update.insert(QStringLiteral("creditCode"), existingCode);
    update.insert(QStringLiteral("name"), QStringLiteral("新名字有限公司"));
    const QCborArray rows{
        test::importRow(2, cells(test::newCreditCode(), QStringLiteral("常州甲木业有限公司"))),
        test::importRow(3, update),
        test::importRow(4, cells(wrongCheck(test::newCreditCode()), QStringLiteral("坏行")))};
    const qint64 job = test::stageImport(f, kYaoguan, rows);
    CHECK(check(f, kYaoguan, job).value(QStringLiteral("updates")).toInteger() == 1);
    auto committed =
        f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseImport), {{QStringLiteral("jobId"), job}});
    REQUIRE(committed.ok());
    CHECK(committed->result.value(QStringLiteral("creates")).toInteger() == 1);
    CHECK(committed->result.value(QStringLiteral("updates")).toInteger() == 1);
    CHECK(committed->result.value(QStringLiteral("refused")).toInteger() == 1);
    CHECK(f.count(QStringLiteral("enterprises")) == 2);
    CHECK(scalarSql(f.db(), QStringLiteral("SELECT name FROM enterprises WHERE id = :id"),
                    {{QStringLiteral("id"), existing}})
              ->toString()
          == QStringLiteral("新名字有限公司"));
    // The update kept the fields the file did not mention.
    CHECK(scalarSql(f.db(), QStringLiteral("SELECT employees FROM enterprises WHERE id = :id"),
                    {{QStringLiteral("id"), existing}})
              ->toInt()
          == 45);
    CHECK(f.count(QStringLiteral("risk_reports")) == 1);
    auto detail =
        scalarSql(f.db(), QStringLiteral("SELECT detail FROM audit_log WHERE action = 'enterprise.import'"));
    REQUIRE(detail.ok());
    CHECK(detail->toString().contains(QStringLiteral("企业名录.xlsx")));
    CHECK(detail->toString().contains(QStringLiteral("sha256:test")));
    CHECK_FALSE(detail->toString().contains(QStringLiteral("常州甲木业有限公司")));
    // The job is gone with the commit.
    CHECK(f.count(QStringLiteral("import_jobs")) == 0);
    CHECK(f.count(QStringLiteral("import_rows")) == 0);
}

TEST_CASE("enterprise import: a retried commit is applied once")
{
    test::ServerFixture f;
    const qint64 job = test::stageImport(
        f, kYaoguan,
        QCborArray{test::importRow(2, cells(test::newCreditCode(), QStringLiteral("一次公司")))});
    const QString id = test::newCommandId();
    REQUIRE(f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseImport), {{QStringLiteral("jobId"), job}}, id)
                .ok());
    auto again =
        f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseImport), {{QStringLiteral("jobId"), job}}, id);
    REQUIRE(again.ok());
    CHECK(again->replayed);
    CHECK(f.count(QStringLiteral("enterprises")) == 1);
}

TEST_CASE("enterprise import: a chunk sent again replaces its rows, and rows out of order are refused")
{
    test::ServerFixture f;
    QCborArray rows;
    for (int i = 0; i < 5; ++i)
        rows.append(
            test::importRow(i + 2, cells(test::newCreditCode(), QStringLiteral("分块公司%1").arg(i))));
    auto begun = test::request(f, kYaoguan, msg::kImportBegin,
                               {{QStringLiteral("fileName"), QStringLiteral("a.csv")},
                                {QStringLiteral("checksum"), QStringLiteral("x")},
                                {QStringLiteral("rowCount"), 5}});
    REQUIRE(begun.ok());
    const qint64 job = begun->value(QStringLiteral("jobId")).toInteger();
    auto upload = [&](int first, int count) {
        QCborArray part;
        for (int i = first; i < first + count; ++i)
            part.append(rows.at(i));
        return test::request(f, kYaoguan, msg::kImportUpload,
                             {{QStringLiteral("jobId"), job},
                              {QStringLiteral("first"), first},
                              {QStringLiteral("rows"), part}});
    };
    REQUIRE(upload(0, 2).ok());
    REQUIRE(upload(0, 2).ok()); // the reply was lost: sent again
    auto gap = upload(3, 2);
    REQUIRE_FALSE(gap.ok());
    CHECK(gap.error().message.contains(QStringLiteral("2")));
    auto status = test::request(f, kYaoguan, msg::kImportStatus, {{QStringLiteral("jobId"), job}});
    REQUIRE(status.ok());
    CHECK(status->value(QStringLiteral("staged")).toInteger() == 2); // resume from here
    auto early = test::request(f, kYaoguan, msg::kImportCheck, {{QStringLiteral("jobId"), job}});
    REQUIRE_FALSE(early.ok());
    REQUIRE(upload(2, 3).ok());
    CHECK(check(f, kYaoguan, job).value(QStringLiteral("creates")).toInteger() == 5);
    CHECK(f.count(QStringLiteral("import_rows")) == 5);
}

TEST_CASE("enterprise import: an operator's rows for another town are refused row by row")
{
    test::ServerFixture f;
    const qint64 job = test::stageImport(
        f, kYaoguan,
        QCborArray{test::importRow(2, cells(test::newCreditCode(), QStringLiteral("本镇公司"))),
                   test::importRow(3, cells(test::newCreditCode(), QStringLiteral("外镇公司"),
                                            QStringLiteral("横林镇"), QStringLiteral("新东村")))});
    const QCborMap summary = check(f, kYaoguan, job);
    CHECK(summary.value(QStringLiteral("creates")).toInteger() == 1);
    CHECK(problems(f, kYaoguan, job).value(3).contains(QStringLiteral("not your town")));
}

TEST_CASE("enterprise import: a village covered by one grid places the enterprise in that grid")
{
    test::ServerFixture f;
    const qint64 job = test::stageImport(
        f, kYaoguan,
        QCborArray{test::importRow(2, cells(test::newCreditCode(), QStringLiteral("入格公司")))});
    CHECK(check(f, kYaoguan, job).value(QStringLiteral("gridsFromVillage")).toInteger() == 1);
    REQUIRE(
        f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseImport), {{QStringLiteral("jobId"), job}}).ok());
    CHECK(
        scalarSql(f.db(), QStringLiteral("SELECT g.name FROM enterprises e JOIN grids g ON g.id = e.grid_id"))
            ->toString()
        == QStringLiteral("渔庄村网格"));
}

TEST_CASE("enterprise import: staging is bounded and belongs to the user who began it")
{
    test::ServerFixture f;
    const QCborArray one{test::importRow(2, cells(test::newCreditCode(), QStringLiteral("边界公司")))};
    const qint64 first = test::stageImport(f, kYaoguan, one);
    test::stageImport(f, kYaoguan, one);
    test::stageImport(f, kYaoguan, one); // a third replaces the oldest
    CHECK(f.count(QStringLiteral("import_jobs")) == 2);
    auto gone = test::request(f, kYaoguan, msg::kImportStatus, {{QStringLiteral("jobId"), first}});
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == ErrorCode::NotFound);

    const qint64 mine = test::stageImport(f, kYaoguan, one);
    auto stolen =
        test::request(f, QStringLiteral("admin"), msg::kImportCheck, {{QStringLiteral("jobId"), mine}});
    REQUIRE_FALSE(stolen.ok());
    CHECK(stolen.error().code == ErrorCode::NotFound);
    auto reviewer = test::request(f, QStringLiteral("reviewer"), msg::kImportBegin,
                                  {{QStringLiteral("fileName"), QStringLiteral("a.csv")},
                                   {QStringLiteral("checksum"), QStringLiteral("x")},
                                   {QStringLiteral("rowCount"), 1}});
    REQUIRE_FALSE(reviewer.ok());
    CHECK(reviewer.error().code == ErrorCode::Forbidden);
    auto huge = test::request(f, kYaoguan, msg::kImportBegin,
                              {{QStringLiteral("fileName"), QStringLiteral("a.csv")},
                               {QStringLiteral("checksum"), QStringLiteral("x")},
                               {QStringLiteral("rowCount"), 200001}});
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().code == ErrorCode::Invalid);
    auto unknownField = test::request(
        f, kYaoguan, msg::kImportUpload,
        {{QStringLiteral("jobId"), mine},
         {QStringLiteral("first"), 0},
         {QStringLiteral("rows"),
          QCborArray{test::importRow(2, {{QStringLiteral("password"), QStringLiteral("x")}})}}});
    REQUIRE_FALSE(unknownField.ok());
    CHECK(unknownField.error().code == ErrorCode::BadMessage);
}

TEST_CASE("enterprise import: a cancelled import leaves the register as it was")
{
    test::ServerFixture f;
    const Counts before = counts(f);
    const qint64 job = test::stageImport(
        f, kYaoguan,
        QCborArray{test::importRow(2, cells(test::newCreditCode(), QStringLiteral("取消公司")))});
    check(f, kYaoguan, job);
    REQUIRE(test::request(f, kYaoguan, msg::kImportCancel, {{QStringLiteral("jobId"), job}}).ok());
    auto commit =
        f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseImport), {{QStringLiteral("jobId"), job}});
    REQUIRE_FALSE(commit.ok());
    CHECK(commit.error().code == ErrorCode::NotFound);
    CHECK(counts(f) == before);
    CHECK(f.count(QStringLiteral("import_rows")) == 0);
}

TEST_CASE("enterprise import: importing the same sheet again changes nothing, risk report included")
{
    test::ServerFixture f;
    QCborMap row = cells(test::newCreditCode(), QStringLiteral("再导入公司"));
    const qint64 first = test::stageImport(f, kYaoguan, QCborArray{test::importRow(2, row)});
    REQUIRE(f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseImport), {{QStringLiteral("jobId"), first}})
                .ok());
    const Counts before = counts(f);
    const qint64 again = test::stageImport(f, kYaoguan, QCborArray{test::importRow(2, row)});
    const QCborMap summary = check(f, kYaoguan, again);
    CHECK(summary.value(QStringLiteral("unchanged")).toInteger() == 1);
    CHECK(summary.value(QStringLiteral("updates")).toInteger() == 0);
    REQUIRE(f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseImport), {{QStringLiteral("jobId"), again}})
                .ok());
    Counts after = counts(f);
    after.audit = before.audit; // the second import is audited, nothing else changes
    CHECK(after == before);
}

TEST_CASE("enterprise import: a code registered in another town is refused without naming that enterprise")
{
    test::ServerFixture f;
    const QString code = test::newCreditCode();
    REQUIRE(f.run(QStringLiteral("henglin"), QString::fromLatin1(cmd::kEnterpriseCreate),
                  test::enterpriseArgs(f, QStringLiteral("横林镇"), QStringLiteral("新东村"),
                                       QStringLiteral("横林保密木业有限公司"), code))
                .ok());
    const qint64 job =
        test::stageImport(f, kYaoguan, QCborArray{test::importRow(2, cells(code, QStringLiteral("改名")))});
    check(f, kYaoguan, job);
    const QString problem = problems(f, kYaoguan, job).value(2);
    CHECK(problem.contains(QStringLiteral("another town")));
    CHECK_FALSE(problem.contains(QStringLiteral("横林保密木业有限公司")));
}

TEST_CASE("enterprise import: coordinates that are not numbers and impossible years are refused on their row")
{
    test::ServerFixture f;
    QCborMap notANumber = cells(test::newCreditCode(), QStringLiteral("坐标公司"));
    notANumber.insert(QStringLiteral("longitude"), QStringLiteral("nan"));
    notANumber.insert(QStringLiteral("latitude"), QStringLiteral("31.7"));
    QCborMap ancient = cells(test::newCreditCode(), QStringLiteral("古老报告公司"));
    ancient.insert(QStringLiteral("riskReportedOn"), QStringLiteral("0999-01-01"));
    const qint64 job = test::stageImport(
        f, kYaoguan, QCborArray{test::importRow(2, notANumber), test::importRow(3, ancient)});
    CHECK(check(f, kYaoguan, job).value(QStringLiteral("refused")).toInteger() == 2);
    const QHash<int, QString> found = problems(f, kYaoguan, job);
    CHECK(found.value(2).startsWith(QStringLiteral("longitude:")));
    CHECK(found.value(3).startsWith(QStringLiteral("riskReportedOn:")));
}

TEST_CASE("enterprise import: rows sent again count toward the staged-bytes bound, and a refused chunk "
          "stages nothing")
{
    const QCborArray two{test::importRow(2, cells(test::newCreditCode(), QStringLiteral("甲公司"))),
                         test::importRow(3, cells(test::newCreditCode(), QStringLiteral("乙公司")))};
    qint64 chunkBytes = 0;
    for (const QCborValue &row : two)
        chunkBytes += row.toCbor().size();
    ImportLimits limits;
    limits.maxStagedBytesPerJob = chunkBytes + chunkBytes / 2; // one chunk fits, not two
    test::ServerFixture f(true, limits);
    auto begun = test::request(f, kYaoguan, msg::kImportBegin,
                               {{QStringLiteral("fileName"), QStringLiteral("企业.xlsx")},
                                {QStringLiteral("checksum"), QStringLiteral("abc")},
                                {QStringLiteral("rowCount"), 2}});
    REQUIRE(begun.ok());
    const qint64 job = begun->value(QStringLiteral("jobId")).toInteger();
    const QCborMap upload{
        {QStringLiteral("jobId"), job}, {QStringLiteral("first"), 0}, {QStringLiteral("rows"), two}};
    REQUIRE(test::request(f, kYaoguan, msg::kImportUpload, upload).ok());
    const qint64 stagedRows = f.count(QStringLiteral("import_rows"));
    CHECK(stagedRows == 2);

    // Sending the same chunk again (as a resumed upload may) would go past the bound.
    auto again = test::request(f, kYaoguan, msg::kImportUpload, upload);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Invalid);
    CHECK(again.error().message.contains(QStringLiteral("split the file")));
    CHECK(f.count(QStringLiteral("import_rows")) == stagedRows);
    auto status = test::request(f, kYaoguan, msg::kImportStatus, {{QStringLiteral("jobId"), job}});
    REQUIRE(status.ok());
    CHECK(status->value(QStringLiteral("staged")).toInteger() == 2);
}

TEST_CASE("enterprise import: beyond the server's bound on staged imports a new one is refused as busy")
{
    ImportLimits limits;
    limits.maxJobs = 2;
    test::ServerFixture f(true, limits);
    const QCborArray one{test::importRow(2, cells(test::newCreditCode(), QStringLiteral("丙公司")))};
    test::stageImport(f, kYaoguan, one);
    test::stageImport(f, QStringLiteral("admin"), one);
    auto third = test::request(f, QStringLiteral("henglin"), msg::kImportBegin,
                               {{QStringLiteral("fileName"), QStringLiteral("横林企业.csv")},
                                {QStringLiteral("checksum"), QStringLiteral("def")},
                                {QStringLiteral("rowCount"), 1}});
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().code == ErrorCode::Busy);
    CHECK(f.count(QStringLiteral("import_jobs")) == 2);
}

TEST_CASE("enterprise import: an import left idle past the expiry is dropped with its staged rows")
{
    test::ServerFixture f;
    const QCborArray one{test::importRow(2, cells(test::newCreditCode(), QStringLiteral("丁公司")))};
    const qint64 idle = test::stageImport(f, kYaoguan, one);
    f.clock().advance(ImportLimits{}.idleExpiry.count() - 60);
    const qint64 recent = test::stageImport(f, QStringLiteral("admin"), one);
    CHECK(f.count(QStringLiteral("import_jobs")) == 2); // not yet idle long enough

    f.clock().advance(120);
    test::stageImport(f, QStringLiteral("henglin"), one); // any begin sweeps
    auto gone = test::request(f, kYaoguan, msg::kImportStatus, {{QStringLiteral("jobId"), idle}});
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == ErrorCode::NotFound);
    CHECK(test::request(f, QStringLiteral("admin"), msg::kImportStatus, {{QStringLiteral("jobId"), recent}})
              .ok());
    CHECK(f.count(QStringLiteral("import_jobs")) == 2);
    CHECK(f.count(QStringLiteral("import_rows")) == 2);
}
