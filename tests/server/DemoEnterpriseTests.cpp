// The demo's enterprise register: what run.sh shows must be a register a town would keep.

#include "ServerFixture.h"
#include "demo/DemoEnterpriseSeeder.h"
#include "demo/DemoNetworkSeeder.h"
#include "domain/CreditCode.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

namespace {

qint64 count(test::ServerFixture &f, const QString &where)
{
    return scalarSql(f.db(),
                     QStringLiteral("SELECT count(*) FROM enterprises e JOIN regions t ON t.id = e.town_id "
                                    "WHERE ")
                         + where)
        ->toLongLong();
}

} // namespace

TEST_CASE("demo enterprises: a few hundred valid, varied enterprises come in through the import, once")
{
    test::ServerFixture f;
    REQUIRE(DemoNetworkSeeder::seedIfEmpty(f.core()).ok());
    REQUIRE(DemoEnterpriseSeeder::seedIfEmpty(f.core()).ok());
    CHECK(f.count(QStringLiteral("enterprises")) == DemoEnterpriseSeeder::kEnterprises);
    auto codes = runSql(f.db(), QStringLiteral("SELECT credit_code FROM enterprises"));
    REQUIRE(codes.ok());
    QSqlQuery &rows = codes.value();
    while (rows.next())
        CHECK(validateCreditCode(rows.value(0).toString()).ok());
    // 横林's wood-flour plants carry the combustible-dust flag.
    CHECK(count(f, QStringLiteral("t.name = '横林镇' AND e.focus_flags LIKE '%dust%'")) >= 20);
    for (const char *level : {"major", "significant", "general", "low"})
        CHECK(count(f, QStringLiteral("e.risk_level = '%1'").arg(QLatin1String(level))) > 0);
    CHECK(count(f, QStringLiteral("e.direct_reason <> ''")) > 5);
    CHECK(count(f, QStringLiteral("e.sector IS NULL")) > 20);
    CHECK(count(f, QStringLiteral("e.scale = 'above'")) > 40);
    // The staffed pilot towns cover every enterprise; 潞城街道, whose division has gaps, does not.
    CHECK(count(f, QStringLiteral("t.name IN ('遥观镇', '横林镇', '横山桥镇') AND e.grid_id IS NULL AND "
                                  "e.direct_reason = ''"))
          == 0);
    CHECK(count(f, QStringLiteral("t.name = '潞城街道' AND e.grid_id IS NULL AND e.direct_reason = ''")) > 0);
    // Through the import: one audited commit, with history and risk reports.
    CHECK(
        scalarSql(f.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'enterprise.import'"))
            ->toInt()
        == 1);
    CHECK(f.count(QStringLiteral("risk_reports")) > 150);
    REQUIRE(DemoEnterpriseSeeder::seedIfEmpty(f.core()).ok());
    CHECK(f.count(QStringLiteral("enterprises")) == DemoEnterpriseSeeder::kEnterprises);
}
