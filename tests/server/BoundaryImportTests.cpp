// region.importBoundaries: the grid map's outlines, imported by an administrator from a
// GeoJSON file, matched whole to the district's areas before anything is stored, replacing
// earlier outlines, bounded, audited by checksum, and published to each area's town.

#include "ServerFixture.h"
#include "demo/DemoBoundarySeeder.h"
#include "domain/Boundary.h"
#include "domain/CommandName.h"
#include "domain/GeoJsonBoundaries.h"
#include "regions/BoundaryRepository.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "sync/ChangeFeed.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace gridsafe;
using Catch::Matchers::Contains;

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kImport = QString::fromLatin1(cmd::kRegionImportBoundaries);

// A closed square ring of `size` degrees with its south-west corner at (lon, lat).
QJsonArray square(double lon, double lat, double size = 0.01)
{
    return QJsonArray{QJsonArray{lon, lat}, QJsonArray{lon + size, lat}, QJsonArray{lon + size, lat + size},
                      QJsonArray{lon, lat + size}, QJsonArray{lon, lat}};
}

QJsonObject feature(const QJsonObject &properties, const QJsonArray &ring = square(120.06, 31.74))
{
    return QJsonObject{{"type", "Feature"},
                       {"properties", properties},
                       {"geometry", QJsonObject{{"type", "Polygon"}, {"coordinates", QJsonArray{ring}}}}};
}

QJsonObject area(const QString &town, const QString &name, double lon = 120.06)
{
    return feature(QJsonObject{{"town", town}, {"name", name}}, square(lon, 31.74));
}

QString collection(const QJsonArray &features, const QJsonObject &extra = {})
{
    QJsonObject root = extra;
    root.insert(QStringLiteral("type"), QStringLiteral("FeatureCollection"));
    root.insert(QStringLiteral("features"), features);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

QCborMap importArgs(const QString &geojson, const QString &matchBy = {})
{
    QCborMap args{{QStringLiteral("geojson"), geojson}};
    if (!matchBy.isEmpty())
        args.insert(QStringLiteral("matchBy"), matchBy);
    return args;
}

// The refusal's message, in UTF-8 so Catch shows it.
std::string refusal(test::ServerFixture &f, const QCborMap &args, ErrorCode code = ErrorCode::Invalid)
{
    auto outcome = f.run(kAdmin, kImport, args);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == code);
    return outcome.error().message.toStdString();
}

struct Snapshot
{
    qint64 boundaries, changes, audit, applied;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(test::ServerFixture &f)
{
    return {f.count(QStringLiteral("boundaries")), f.count(QStringLiteral("changes")),
            f.count(QStringLiteral("audit_log")), f.count(QStringLiteral("applied_commands"))};
}

Boundary stored(test::ServerFixture &f, const QString &areaName)
{
    auto boundary = BoundaryRepository(f.db()).find(f.regionId(areaName));
    REQUIRE(boundary.ok());
    REQUIRE(boundary.value().has_value());
    return *boundary.value();
}

} // namespace

TEST_CASE("boundary import: an administrator's file is stored per area, published to its town and "
          "audited by checksum")
{
    test::ServerFixture f;
    const QJsonObject byCode =
        feature(QJsonObject{{"town", "遥观镇"}, {"name", "渔庄村"}, {"code", "320412104200"}});
    const QString geojson =
        collection({byCode, area(QStringLiteral("横林镇"), QStringLiteral("崔桥村"), 120.17)});
    auto outcome = f.run(kAdmin, kImport, importArgs(geojson));
    REQUIRE(outcome.ok());
    CHECK(outcome->result.value(QStringLiteral("features")).toInteger() == 2);
    CHECK(outcome->result.value(QStringLiteral("created")).toInteger() == 2);
    CHECK(outcome->result.value(QStringLiteral("replaced")).toInteger() == 0);
    CHECK(f.count(QStringLiteral("boundaries")) == 2);

    const Boundary yuzhuang = stored(f, QStringLiteral("渔庄村"));
    CHECK(yuzhuang.townId == f.regionId(QStringLiteral("遥观镇")));
    CHECK(yuzhuang.crs == QStringLiteral("WGS-84"));
    CHECK(yuzhuang.revision == 1);
    REQUIRE(yuzhuang.polygons.size() == 1);
    CHECK(yuzhuang.polygons.first().at(2) == QPointF(120.07, 31.75));
    CHECK(stored(f, QStringLiteral("崔桥村")).polygons.first().first() == QPointF(120.17, 31.74));

    // One feed row per boundary, in its town's scope, touching both towns.
    CHECK(outcome->touchedScopes.contains(f.regionId(QStringLiteral("遥观镇"))));
    CHECK(outcome->touchedScopes.contains(f.regionId(QStringLiteral("横林镇"))));
    auto rows =
        runSql(f.db(), QStringLiteral("SELECT entity_id, town_id, payload FROM changes WHERE entity = "
                                      "'boundary' ORDER BY seq"));
    REQUIRE(rows.ok());
    REQUIRE(rows.value().next());
    CHECK(rows.value().value(0).toLongLong() == yuzhuang.regionId);
    CHECK(rows.value().value(1).toLongLong() == yuzhuang.townId);
    const auto payload =
        Boundary::fromPayload(QCborValue::fromCbor(rows.value().value(2).toByteArray()).toMap());
    REQUIRE(payload.ok());
    CHECK(payload->polygons == yuzhuang.polygons);
    CHECK(payload->updatedAt == yuzhuang.updatedAt);
    REQUIRE(rows.value().next());
    CHECK_FALSE(rows.value().next());

    // The audit keeps the count and the checksum, not the coordinates.
    const QString detail = scalarSql(f.db(), QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                                            "'region.importBoundaries'"))
                               ->toString();
    const QJsonObject audited = QJsonDocument::fromJson(detail.toUtf8()).object();
    CHECK(audited.value(QStringLiteral("features")).toInt() == 2);
    CHECK(audited.value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK_FALSE(detail.contains(QStringLiteral("120.06")));
    CHECK_FALSE(audited.contains(QStringLiteral("geojson")));
    CHECK(scalarSql(f.db(), QStringLiteral("SELECT entity FROM audit_log WHERE action = "
                                           "'region.importBoundaries'"))
              ->toString()
          == QStringLiteral("boundary"));
}

TEST_CASE("boundary import: reviewers, operators and inspectors are refused and nothing is stored")
{
    test::ServerFixture f;
    const QCborMap args = importArgs(collection({area(QStringLiteral("遥观镇"), QStringLiteral("渔庄村"))}));
    const Snapshot before = snapshot(f);
    for (const QString &user :
         {QStringLiteral("reviewer"), QStringLiteral("yaoguan"), QStringLiteral("zhangwei")}) {
        INFO(user.toStdString());
        auto outcome = f.run(user, kImport, args);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().code == ErrorCode::Forbidden);
    }
    CHECK(snapshot(f) == before);
    CHECK(f.run(kAdmin, kImport, args).ok());
}

TEST_CASE("boundary import: unmatched, ambiguous and repeated features are refused by number and name, "
          "and nothing is stored")
{
    test::ServerFixture f;
    const Snapshot before = snapshot(f);
    const QJsonObject good = area(QStringLiteral("遥观镇"), QStringLiteral("渔庄村"));

    const std::string unmatched =
        refusal(f, importArgs(collection({good, area(QStringLiteral("遥观镇"), QStringLiteral("不存在村")),
                                          area(QStringLiteral("不存在镇"), QStringLiteral("渔庄村"))})));
    CHECK_THAT(unmatched, Contains("Feature 2 (遥观镇 不存在村): 遥观镇 has no village, community or park "
                                   "named 不存在村."));
    CHECK_THAT(unmatched,
               Contains("Feature 3 (不存在镇 渔庄村): there is no town or street named 不存在镇."));
    CHECK_THAT(unmatched, !Contains("Feature 1"));

    // Two features for one area: once by its code, once by town and name.
    const QJsonObject byCode = feature(QJsonObject{{"name", "渔庄"}, {"code", "320412104200"}});
    CHECK_THAT(refusal(f, importArgs(collection({byCode, good}))),
               Contains("Feature 2 (遥观镇 渔庄村): it outlines the same area as feature 1."));

    // 五一村 is a village of 横山桥镇 and of 潞城街道: by name alone it is ambiguous.
    const QJsonObject townless = feature(QJsonObject{{"name", "五一村"}, {"code", "320412999999"}});
    const std::string ambiguous = refusal(f, importArgs(collection({townless}), QStringLiteral("name")));
    CHECK_THAT(ambiguous, Contains("Feature 1 (五一村): 五一村 names areas in several towns"));
    CHECK_THAT(ambiguous, Contains("横山桥镇 五一村"));
    CHECK_THAT(ambiguous, Contains("潞城街道 五一村"));
    // Left to choose, an unknown code falls back to the name, which is still ambiguous.
    CHECK_THAT(refusal(f, importArgs(collection({townless}))), Contains("names areas in several towns"));

    // Matching by code: a feature without one, a code nobody has, a code of another town.
    CHECK_THAT(refusal(f, importArgs(collection({good}), QStringLiteral("code"))),
               Contains("Feature 1 (遥观镇 渔庄村): it has no code"));
    CHECK_THAT(refusal(f, importArgs(collection({townless}), QStringLiteral("code"))),
               Contains("no village, community or park has the code 320412999999."));
    const QJsonObject wrongTown =
        feature(QJsonObject{{"town", "横林镇"}, {"name", "渔庄村"}, {"code", "320412104200"}});
    CHECK_THAT(refusal(f, importArgs(collection({wrongTown}))),
               Contains("the code 320412104200 is that of 渔庄村 in 遥观镇, not in 横林镇."));

    CHECK_THAT(refusal(f, importArgs(collection({good}), QStringLiteral("coordinates"))),
               Contains("matchBy is \"code\" or \"name\""));
    // At most ten problems are listed.
    QJsonArray many;
    for (int i = 0; i < 12; ++i)
        many.append(area(QStringLiteral("遥观镇"), QStringLiteral("无名村%1").arg(i)));
    CHECK_THAT(refusal(f, importArgs(collection(many))), Contains("… and 2 more."));
    CHECK(snapshot(f) == before);
}

TEST_CASE("boundary import: importing again replaces the outline, raises its revision and keeps one feed row")
{
    test::ServerFixture f;
    REQUIRE(f.run(kAdmin, kImport,
                  importArgs(collection({area(QStringLiteral("遥观镇"), QStringLiteral("渔庄村"))})))
                .ok());
    f.clock().advance(60);
    const QJsonObject moved =
        feature(QJsonObject{{"town", "遥观镇"}, {"name", "渔庄村"}}, square(120.08, 31.75, 0.02));
    auto again =
        f.run(kAdmin, kImport,
              importArgs(collection({moved, area(QStringLiteral("遥观镇"), QStringLiteral("建农村"))}),
                         QStringLiteral("name")));
    REQUIRE(again.ok());
    CHECK(again->result.value(QStringLiteral("created")).toInteger() == 1);
    CHECK(again->result.value(QStringLiteral("replaced")).toInteger() == 1);
    const Boundary replaced = stored(f, QStringLiteral("渔庄村"));
    CHECK(replaced.revision == 2);
    CHECK(replaced.polygons.first().first() == QPointF(120.08, 31.75));
    CHECK(f.count(QStringLiteral("boundaries")) == 2);
    CHECK(scalarSql(f.db(),
                    QStringLiteral("SELECT COUNT(*) FROM changes WHERE entity = 'boundary' AND "
                                   "entity_id = :id"),
                    {{QStringLiteral("id"), replaced.regionId}})
              ->toInt()
          == 1);
    // Areas the second file left out keep their outline: nothing is deleted by omission.
    REQUIRE(f.run(kAdmin, kImport,
                  importArgs(collection({area(QStringLiteral("遥观镇"), QStringLiteral("建农村"))})))
                .ok());
    CHECK(stored(f, QStringLiteral("渔庄村")).revision == 2);
    CHECK(stored(f, QStringLiteral("建农村")).revision == 2);
}

TEST_CASE("boundary import: text, parts, positions and coordinate systems beyond the bounds are refused")
{
    test::ServerFixture f;
    const Snapshot before = snapshot(f);
    const QJsonObject good = area(QStringLiteral("遥观镇"), QStringLiteral("渔庄村"));
    SECTION("the text's size, checked before parsing")
    {
        QString big = collection({good});
        big.append(QString(kMaxBoundaryImportBytes, QLatin1Char(' ')));
        CHECK_THAT(refusal(f, importArgs(big)), Contains("at most 4190208 bytes"));
    }
    SECTION("a missing or mistyped argument")
    {
        CHECK_THAT(refusal(f, {}, ErrorCode::BadMessage), Contains("geojson"));
        CHECK_THAT(refusal(f, {{QStringLiteral("geojson"), 7}}, ErrorCode::BadMessage), Contains("geojson"));
    }
    SECTION("parts per feature")
    {
        QJsonArray parts;
        for (int i = 0; i <= kMaxBoundaryRingsPerFeature; ++i)
            parts.append(QJsonArray{square(120.0 + i * 0.001, 31.7, 0.0005)});
        const QJsonObject multi{{"type", "Feature"},
                                {"properties", QJsonObject{{"town", "遥观镇"}, {"name", "渔庄村"}}},
                                {"geometry", QJsonObject{{"type", "MultiPolygon"}, {"coordinates", parts}}}};
        CHECK_THAT(refusal(f, importArgs(collection({multi}))), Contains("more than 100 parts"));
    }
    SECTION("positions per feature")
    {
        QJsonArray ring;
        for (int i = 0; i < kMaxBoundaryPositionsPerFeature; ++i)
            ring.append(QJsonArray{120.0 + (i % 100) * 1e-4, 31.7 + (i / 100) * 1e-4});
        ring.append(ring.first());
        CHECK_THAT(refusal(f, importArgs(collection(
                                  {feature(QJsonObject{{"town", "遥观镇"}, {"name", "渔庄村"}}, ring)}))),
                   Contains("more than 20000 positions"));
    }
    SECTION("a projected coordinate system")
    {
        const QJsonObject crs{{"type", "name"}, {"properties", QJsonObject{{"name", "EPSG:4549"}}}};
        CHECK_THAT(refusal(f, importArgs(collection({good}, {{"crs", crs}}))),
                   Contains("“EPSG:4549” is not accepted"));
    }
    CHECK(snapshot(f) == before);
}

TEST_CASE("boundary import: a CGCS2000 file is stored with its coordinate system")
{
    test::ServerFixture f;
    const QJsonObject crs{{"type", "name"},
                          {"properties", QJsonObject{{"name", "urn:ogc:def:crs:EPSG::4490"}}}};
    REQUIRE(f.run(kAdmin, kImport,
                  importArgs(
                      collection({area(QStringLiteral("遥观镇"), QStringLiteral("渔庄村"))}, {{"crs", crs}})))
                .ok());
    CHECK(stored(f, QStringLiteral("渔庄村")).crs == QStringLiteral("CGCS2000"));
}

TEST_CASE("boundary import: the demo outlines, built into the server, match every demo area once")
{
    test::ServerFixture f;
    QFile file(DemoBoundarySeeder::resourcePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(DemoBoundarySeeder::seedIfEmpty(f.core()).ok());
    CHECK(f.count(QStringLiteral("boundaries")) == 46);
    CHECK(scalarSql(f.db(),
                    QStringLiteral("SELECT COUNT(*) FROM regions WHERE kind IN ('village', 'community', "
                                   "'park') AND id NOT IN (SELECT region_id FROM boundaries)"))
              ->toInt()
          == 0);
    const Snapshot seeded = snapshot(f);
    REQUIRE(DemoBoundarySeeder::seedIfEmpty(f.core()).ok());
    CHECK(snapshot(f) == seeded);
}

TEST_CASE("boundary import: a version 5 database gets the boundaries table (version 6) and keeps its data")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("v5.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("boundary-v5"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(migrateDatabase(db, 5).ok());
        REQUIRE(execSql(db, QStringLiteral(
                                "INSERT INTO regions (id, kind, name) VALUES (1, 'district', '经开区')"))
                    .ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("boundary-v5"));
    auto database = Database::open(path);
    REQUIRE(database.ok());
    QSqlDatabase db = database.value()->sql();
    CHECK(scalarSql(db, QStringLiteral("PRAGMA user_version"))->toInt() == latestSchemaVersion());
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM regions"))->toInt() == 1);
    CHECK(
        scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'boundaries'"))->toInt()
        == 1);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'region_boundaries'"))
              ->toInt()
          == 0);
    // The schema holds the coordinate systems the program knows.
    CHECK_FALSE(
        execSql(db, QStringLiteral("INSERT INTO boundaries (region_id, town_id, crs, polygons, updated_at) "
                                   "VALUES (1, 1, 'EPSG:3857', x'80', '2026-03-01T00:00:00Z')"))
            .ok());
}
