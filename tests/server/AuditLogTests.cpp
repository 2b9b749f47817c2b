#include "ServerFixture.h"
#include "audit/AuditLog.h"
#include "domain/CommandName.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QCborArray>

using namespace gridsafe;

namespace {

QCborMap gridArgs(test::ServerFixture &fixture, const QString &name)
{
    QCborMap args;
    args.insert(QStringLiteral("townId"), fixture.regionId(QStringLiteral("遥观镇")));
    args.insert(QStringLiteral("name"), name);
    args.insert(QStringLiteral("areaIds"), QCborArray{fixture.regionId(QStringLiteral("建农村"))});
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
