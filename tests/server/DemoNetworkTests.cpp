// The demo's grid network: what run.sh shows a new user must itself obey the rules.

#include "ServerFixture.h"
#include "demo/DemoNetworkSeeder.h"
#include "domain/CivilDate.h"
#include "filings/FilingRepository.h"
#include "filings/TownDivisionLoader.h"
#include "regions/RegionRepository.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

namespace {

QList<CoverageGap> gapsOf(test::ServerFixture &f, const QString &town)
{
    auto region = RegionRepository(f.db()).find(f.regionId(town));
    auto division = TownDivisionLoader(f.db()).load(*region.value());
    REQUIRE(division.ok());
    return findCoverageGaps(division.value(), civilDateText(chinaDate(f.clock().now())));
}

bool hasKind(const QList<CoverageGap> &gaps, CoverageGap::Kind kind)
{
    return std::any_of(gaps.cbegin(), gaps.cend(),
                       [kind](const CoverageGap &gap) { return gap.kind == kind; });
}

} // namespace

TEST_CASE(
    "demo network: the pilot towns are staffed and filed without gaps, 潞城街道 shows every kind of gap")
{
    test::ServerFixture f;
    REQUIRE(DemoNetworkSeeder::seedIfEmpty(f.core()).ok());
    for (const QString &town :
         {QStringLiteral("遥观镇"), QStringLiteral("横林镇"), QStringLiteral("横山桥镇")}) {
        INFO(town.toStdString());
        CHECK(gapsOf(f, town).isEmpty());
        auto filing = FilingRepository(f.db()).latestOfTown(f.regionId(town));
        REQUIRE(filing.value().has_value());
        CHECK(filing.value()->status == QLatin1String(Filing::kFiled));
    }
    const QList<CoverageGap> gaps = gapsOf(f, QStringLiteral("潞城街道"));
    CHECK(hasKind(gaps, CoverageGap::Kind::UncoveredArea));
    CHECK(hasKind(gaps, CoverageGap::Kind::GridWithoutInspector));
    CHECK(hasKind(gaps, CoverageGap::Kind::InspectorUncertified));
    CHECK(hasKind(gaps, CoverageGap::Kind::FilingMissing));
    CHECK(f.count(QStringLiteral("agencies")) == 4);
    CHECK(f.count(QStringLiteral("service_contracts")) == 1);
    CHECK(f.count(QStringLiteral("coaching_engagements")) == 1);
    // The demo inspector account is linked to its person, who holds 渔庄村's grid.
    CHECK(f.count(QStringLiteral("inspectors WHERE user_id IS NOT NULL")) == 1);
    // Seeding twice changes nothing.
    const qint64 audit = f.count(QStringLiteral("audit_log"));
    REQUIRE(DemoNetworkSeeder::seedIfEmpty(f.core()).ok());
    CHECK(f.count(QStringLiteral("audit_log")) == audit);
}
