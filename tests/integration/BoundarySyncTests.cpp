// The grid map's outlines reach the replicas: an administrator's import arrives as boundary
// rows in the towns' replicas (each town its own, the district all), and a re-import
// replaces them live.

#include "SessionHelpers.h"
#include "Wait.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "demo/DemoBoundarySeeder.h"
#include "domain/CommandName.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

QString demoBoundaries()
{
    QFile file(DemoBoundarySeeder::resourcePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("boundary sync: imported outlines reach each town's replica and the district's, and a "
          "re-import replaces them")
{
    TestServer server;
    TestClient operatorClient(server);
    REQUIRE(operatorClient.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    TestClient reviewer(server);
    REQUIRE(reviewer.login(QStringLiteral("reviewer"), QStringLiteral("gridsafe-review")));
    const qint64 yaoguan = server.regionId(QStringLiteral("遥观镇"));
    const qint64 henglin = server.regionId(QStringLiteral("横林镇"));
    Replica &replica = *operatorClient.session().replica();
    CHECK(ReplicaRecords(replica).boundaries(yaoguan).isEmpty());

    const QCborMap result = server.run(QStringLiteral("admin"), cmd::kRegionImportBoundaries,
                                       {{QStringLiteral("geojson"), demoBoundaries()}});
    CHECK(result.value(QStringLiteral("features")).toInteger() == 46);

    // Live: the note brings them without the users doing anything.
    REQUIRE(waitUntil([&] { return ReplicaRecords(replica).boundaries(yaoguan).size() == 16; }));
    CHECK(ReplicaRecords(replica).boundaries(henglin).isEmpty());
    REQUIRE(waitUntil(
        [&] { return ReplicaRecords(*reviewer.session().replica()).boundaries(henglin).size() == 9; }));
    CHECK(ReplicaRecords(*reviewer.session().replica()).boundaries(yaoguan).size() == 16);

    const qint64 yuzhuang = server.regionId(QStringLiteral("渔庄村"));
    const auto boundaryOf = [&](qint64 regionId) {
        for (const Boundary &boundary : ReplicaRecords(replica).boundaries(yaoguan)) {
            if (boundary.regionId == regionId)
                return boundary;
        }
        return Boundary{};
    };
    const Boundary first = boundaryOf(yuzhuang);
    CHECK(first.revision == 1);
    CHECK(first.crs == QStringLiteral("WGS-84"));
    CHECK(first.polygons.first().size() >= 7);

    server.run(QStringLiteral("admin"), cmd::kRegionImportBoundaries,
               {{QStringLiteral("geojson"),
                 QStringLiteral(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
                     "properties": {"town": "遥观镇", "name": "渔庄村"}, "geometry": {"type": "Polygon",
                     "coordinates": [[[120.06, 31.74], [120.07, 31.74], [120.07, 31.75], [120.06, 31.74]]]}}]})")}});
    REQUIRE(waitUntil([&] { return boundaryOf(yuzhuang).revision == 2; }));
    CHECK(boundaryOf(yuzhuang).polygons.first().size() == 4);
    CHECK(ReplicaRecords(replica).boundaries(yaoguan).size() == 16);
}
