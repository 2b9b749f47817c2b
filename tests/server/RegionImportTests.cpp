// Setting up a real deployment from the console: the district, then the region list from a
// CSV file, all rows checked before any is written.

#include "ServerFixture.h"
#include "regions/RegionImport.h"
#include "sql/SqlRunner.h"

#include <QCborMap>

#include <catch2/catch.hpp>

using namespace gridsafe;

namespace {

const QByteArray kList = QByteArrayLiteral("\xEF\xBB\xBF区划代码,名称,类型,上级\r\n"
                                           "320412104,遥观镇,镇,\r\n"
                                           "320412002,潞城街道,街道,\r\n"
                                           "320412104200,渔庄村,村,遥观镇\r\n"
                                           ",\"遥观工业集中区\",园区,320412104\r\n"
                                           "320412002001,\"潞城社区\",社区,潞城街道\r\n");

qint64 regionCount(test::ServerFixture &f)
{
    return f.count(QStringLiteral("regions"));
}

} // namespace

TEST_CASE("region import: a fresh server gets its district, then its towns and villages from a CSV list")
{
    test::ServerFixture f(false);
    auto district =
        RegionImport::initDistrict(f.core(), QStringLiteral("常州经开区"), QStringLiteral("320412"));
    REQUIRE(district.ok());
    auto outcome = RegionImport::importCsv(f.core(), kList, QStringLiteral("regions.csv"));
    REQUIRE(outcome.ok());
    CHECK(outcome->problems.isEmpty());
    CHECK(outcome->rows == 5);
    CHECK(outcome->created == 5);
    CHECK(regionCount(f) == 6);
    const qint64 town = f.regionId(QStringLiteral("遥观镇"));
    CHECK(scalarSql(f.db(), QStringLiteral("SELECT town_id FROM regions WHERE name = '渔庄村'"))->toLongLong()
          == town);
    CHECK(scalarSql(f.db(), QStringLiteral("SELECT kind FROM regions WHERE name = '遥观工业集中区'"))
              ->toString()
          == QStringLiteral("park"));
    // Replicated like any other change, and audited once for the whole file.
    CHECK(scalarSql(f.db(), QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'region'"))->toInt()
          == 6);
    CHECK(scalarSql(f.db(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'console.importRegions'"))
              ->toInt()
          == 1);
    // The same file again changes nothing.
    auto again = RegionImport::importCsv(f.core(), kList, QStringLiteral("regions.csv"));
    REQUIRE(again.ok());
    CHECK(again->created == 0);
    CHECK(again->existing == 5);
    CHECK(regionCount(f) == 6);
}

TEST_CASE("region import: every bad row is reported with its row number and nothing is written")
{
    test::ServerFixture f(false);
    REQUIRE(RegionImport::initDistrict(f.core(), QStringLiteral("常州经开区"), {}).ok());
    const QByteArray broken = QByteArrayLiteral("名称,类型,上级,区划代码\n"
                                                "遥观镇,镇,,320412104\n"
                                                "渔庄村,村落,遥观镇,\n"    // row 3: unknown kind
                                                "桥南村,村,不存在镇,\n"    // row 4: unknown parent
                                                "塘桥村,村,遥观镇,12345\n" // row 5: bad code
                                                "遥观镇,镇,,\n"            // row 6: duplicate
                                                "东方村,村,,\n");          // row 7: no parent
    auto outcome = RegionImport::importCsv(f.core(), broken, QStringLiteral("broken.csv"));
    REQUIRE(outcome.ok());
    QList<int> rows;
    for (const RegionImport::Problem &problem : outcome->problems)
        rows.append(problem.row);
    CHECK(rows == QList<int>{3, 4, 5, 6, 7});
    CHECK(regionCount(f) == 1);
}

TEST_CASE("region import: a second district, a list before the district and non-UTF-8 files are refused")
{
    test::ServerFixture f(false);
    auto early = RegionImport::importCsv(f.core(), kList, QStringLiteral("regions.csv"));
    REQUIRE(early.ok());
    REQUIRE(early->problems.size() == 1);
    CHECK(early->problems.first().message.contains(QStringLiteral("init")));
    REQUIRE(RegionImport::initDistrict(f.core(), QStringLiteral("常州经开区"), {}).ok());
    auto second = RegionImport::initDistrict(f.core(), QStringLiteral("另一个区"), {});
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Invalid);
    const QByteArray gbk = QByteArray::fromHex("c3fbb3c62cc0e0d0cd0a"); // 名称,类型 in GBK
    auto wrongEncoding = RegionImport::importCsv(f.core(), gbk, QStringLiteral("gbk.csv"));
    REQUIRE(wrongEncoding.ok());
    REQUIRE(wrongEncoding->problems.size() == 1);
    CHECK(wrongEncoding->problems.first().message.contains(QStringLiteral("UTF-8")));
    CHECK(regionCount(f) == 1);
}

TEST_CASE("region commands: an administrator adds a town and imports a region list; a town operator may not")
{
    test::ServerFixture f;
    const qint64 district = f.regionId(QStringLiteral("常州经开区"));
    QCborMap town;
    town.insert(QStringLiteral("parentId"), district);
    town.insert(QStringLiteral("kind"), QStringLiteral("town"));
    town.insert(QStringLiteral("name"), QStringLiteral("新设镇"));
    town.insert(QStringLiteral("code"), QStringLiteral("32041210"));
    CHECK(f.run(QStringLiteral("admin"), QStringLiteral("region.create"), town).error().code
          == ErrorCode::Invalid);
    town.insert(QStringLiteral("code"), QStringLiteral("320412199"));
    CHECK(f.run(QStringLiteral("yaoguan"), QStringLiteral("region.create"), town).error().code
          == ErrorCode::Forbidden);
    QCborMap underTown = town;
    underTown.insert(QStringLiteral("parentId"), f.regionId(QStringLiteral("遥观镇")));
    CHECK(f.run(QStringLiteral("admin"), QStringLiteral("region.create"), underTown).error().code
          == ErrorCode::Invalid);
    REQUIRE(f.run(QStringLiteral("admin"), QStringLiteral("region.create"), town).ok());
    QCborMap secondDistrict;
    secondDistrict.insert(QStringLiteral("kind"), QStringLiteral("district"));
    secondDistrict.insert(QStringLiteral("name"), QStringLiteral("另一个区"));
    CHECK(f.run(QStringLiteral("admin"), QStringLiteral("region.create"), secondDistrict).error().code
          == ErrorCode::Invalid);

    // A list with a bad row changes nothing and names the row.
    const qint64 before = regionCount(f);
    QCborMap import;
    import.insert(QStringLiteral("fileName"), QStringLiteral("新设镇.csv"));
    import.insert(QStringLiteral("csv"),
                  QStringLiteral("区划代码,名称,类型,上级\n,新设村,村,新设镇\n,坏行,村落,新设镇\n"));
    auto refused = f.run(QStringLiteral("admin"), QStringLiteral("region.import"), import);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("3")));
    CHECK(regionCount(f) == before);
    CHECK(f.run(QStringLiteral("yaoguan"), QStringLiteral("region.import"), import).error().code
          == ErrorCode::Forbidden);

    import.insert(QStringLiteral("csv"),
                  QStringLiteral("区划代码,名称,类型,上级\n,新设村,村,新设镇\n,新设社区,社区,新设镇\n"));
    auto imported = f.run(QStringLiteral("admin"), QStringLiteral("region.import"), import);
    REQUIRE(imported.ok());
    CHECK(imported->result.value(QStringLiteral("created")).toInteger() == 2);
    CHECK(regionCount(f) == before + 2);
    // The audit keeps the file's name, counts and checksum, not its rows.
    const QString detail = scalarSql(f.db(), QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                                            "'region.import' ORDER BY id DESC LIMIT 1"))
                               ->toString();
    CHECK(detail.contains(QStringLiteral("sha256")));
    CHECK(detail.contains(QStringLiteral("新设镇.csv")));
    CHECK_FALSE(detail.contains(QStringLiteral("新设社区")));
    auto again = f.run(QStringLiteral("admin"), QStringLiteral("region.import"), import);
    REQUIRE(again.ok());
    CHECK(again->result.value(QStringLiteral("created")).toInteger() == 0);
    CHECK(again->result.value(QStringLiteral("existing")).toInteger() == 2);
}
