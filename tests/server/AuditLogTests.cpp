#include "ServerFixture.h"
#include "audit/AuditLog.h"
#include "domain/CommandName.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QJsonDocument>
#include <QSqlDatabase>

#include <atomic>
#include <thread>

using namespace gridsafe;

namespace {

QCborMap gridArgs(test::ServerFixture &fixture, const QString &name)
{
    QCborMap args;
    args.insert(QStringLiteral("townId"), fixture.regionId(QStringLiteral("遥观镇")));
    args.insert(QStringLiteral("name"), name);
    args.insert(QStringLiteral("areaIds"), QCborArray{fixture.regionId(QStringLiteral("建农村"))});
    args.insert(QStringLiteral("part"), QStringLiteral("测试片区")); // several grids share the village
    return args;
}

} // namespace

TEST_CASE("audit log: every applied command adds one chained entry and the chain verifies")
{
    test::ServerFixture fixture;
    const qint64 before = fixture.count(QStringLiteral("audit_log"));
    REQUIRE(fixture
                .run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridCreate),
                     gridArgs(fixture, QStringLiteral("审计网格")))
                .ok());
    CHECK(fixture.count(QStringLiteral("audit_log")) == before + 1);
    auto verification = fixture.core().audit().verify();
    REQUIRE(verification.ok());
    CHECK(verification->intact);
    CHECK(verification->entries == before + 1);
}

TEST_CASE("audit log: entries cannot be updated or deleted through SQL")
{
    test::ServerFixture fixture;
    CHECK_FALSE(execSql(fixture.db(), QStringLiteral("UPDATE audit_log SET action = 'x'")).ok());
    CHECK_FALSE(execSql(fixture.db(), QStringLiteral("DELETE FROM audit_log")).ok());
}

TEST_CASE("audit log: an entry changed behind the program's back breaks the chain at that entry")
{
    test::ServerFixture fixture;
    REQUIRE(fixture
                .run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridCreate),
                     gridArgs(fixture, QStringLiteral("篡改网格")))
                .ok());
    REQUIRE(execSql(fixture.db(), QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    REQUIRE(execSql(fixture.db(), QStringLiteral("UPDATE audit_log SET detail = '{}' WHERE id = 2")).ok());
    auto verification = fixture.core().audit().verify();
    REQUIRE(verification.ok());
    CHECK_FALSE(verification->intact);
    CHECK(verification->firstBrokenId == 2);
}

TEST_CASE("audit log: passwords in command arguments are not written to the log")
{
    test::ServerFixture fixture;
    QCborMap args;
    args.insert(QStringLiteral("username"), QStringLiteral("newinspector"));
    args.insert(QStringLiteral("displayName"), QStringLiteral("新网格员"));
    args.insert(QStringLiteral("role"), QStringLiteral("inspector"));
    args.insert(QStringLiteral("townId"), fixture.regionId(QStringLiteral("遥观镇")));
    args.insert(QStringLiteral("password"), QStringLiteral("very-secret-123"));
    REQUIRE(fixture.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kUserCreate), args).ok());
    auto leaked = scalarSql(
        fixture.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%very-secret%'"));
    CHECK(leaked->toInt() == 0);
}

TEST_CASE("audit log: text with noncharacters and lone surrogates keeps the chain verifiable")
{
    test::ServerFixture fixture;
    QString odd = QStringLiteral("nobody");
    odd += QChar(0xFFFF);
    odd += QChar(0xFFFE);
    odd += QChar(0xD800); // a lone high surrogate
    odd += QStringLiteral("末");
    REQUIRE(fixture.core()
                .audit()
                .appendAlone({std::nullopt,
                              QStringLiteral("auth.loginFailed"),
                              {},
                              QStringLiteral("user"),
                              std::nullopt,
                              QJsonObject{{QStringLiteral("username"), odd}}})
                .ok());
    REQUIRE(fixture
                .run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridCreate),
                     gridArgs(fixture, QStringLiteral("之后的网格")))
                .ok());
    auto verification = fixture.core().audit().verify();
    REQUIRE(verification.ok());
    CHECK(verification->intact);
}

TEST_CASE("audit log: a command's entry holds only the arguments its handler reads")
{
    test::ServerFixture fixture;
    QCborMap args = gridArgs(fixture, QStringLiteral("整洁网格"));
    args.insert(QStringLiteral("junk"), QString(100 * 1024, QLatin1Char('j')));
    REQUIRE(fixture.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridCreate), args).ok());
    auto detail =
        scalarSql(fixture.db(), QStringLiteral("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1"));
    REQUIRE(detail.ok());
    CHECK_FALSE(detail->toString().contains(QStringLiteral("junk")));
    CHECK(detail->toString().contains(QStringLiteral("整洁网格")));
    CHECK(detail->toString().size() < 1000);
}

TEST_CASE("audit log: passwords nested anywhere in the arguments are redacted")
{
    QCborMap inner;
    inner.insert(QStringLiteral("newPassword"), QStringLiteral("very-secret-456"));
    QCborMap args;
    args.insert(QStringLiteral("options"), inner);
    args.insert(QStringLiteral("list"),
                QCborArray{QCborMap{{QStringLiteral("password"), QStringLiteral("very-secret-789")}}});
    const QString json = QString::fromUtf8(
        QJsonDocument(AuditLog::redacted(args.toJsonObject())).toJson(QJsonDocument::Compact));
    CHECK_FALSE(json.contains(QStringLiteral("very-secret")));
}

TEST_CASE("audit log: cutting the newest entries off the chain is detected")
{
    test::ServerFixture fixture;
    for (const char *name : {"第一网格", "第二网格"})
        REQUIRE(fixture
                    .run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridCreate),
                         gridArgs(fixture, QString::fromUtf8(name)))
                    .ok());
    REQUIRE(execSql(fixture.db(), QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
    REQUIRE(execSql(fixture.db(),
                    QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"))
                .ok());
    auto verification = fixture.core().audit().verify();
    REQUIRE(verification.ok());
    CHECK_FALSE(verification->intact);
}

TEST_CASE("audit log: two writers appending at once never take the same position")
{
    test::ServerFixture fixture;
    const qint64 before = fixture.count(QStringLiteral("audit_log"));
    const QString file = fixture.db().databaseName();
    // A second process's connection (the console's), appending from its own thread.
    std::atomic<int> secondFailures = 0;
    std::thread second([&] {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("second-writer"));
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (db.open()) {
                test::FakeClock clock;
                AuditLog log(db, clock);
                for (int i = 0; i < 100; ++i)
                    secondFailures +=
                        log.appendAlone({1, QStringLiteral("auth.logout"), {}, QStringLiteral("user"), 1, {}})
                                .ok()
                            ? 0
                            : 1;
            } else {
                secondFailures = 1000;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("second-writer"));
    });
    int firstFailures = 0;
    for (int i = 0; i < 100; ++i)
        firstFailures +=
            fixture.core()
                    .audit()
                    .appendAlone({1, QStringLiteral("auth.login"), {}, QStringLiteral("user"), 1, {}})
                    .ok()
                ? 0
                : 1;
    second.join();
    CHECK(firstFailures == 0);
    CHECK(secondFailures == 0);
    CHECK(fixture.count(QStringLiteral("audit_log")) == before + 200);
    auto verification = fixture.core().audit().verify();
    REQUIRE(verification.ok());
    CHECK(verification->intact);
}
