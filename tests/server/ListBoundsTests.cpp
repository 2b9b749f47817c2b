// Lists in commands are bounded: each id costs a lookup inside the writer's transaction,
// so a client cannot make one command hold the database for long.

#include "NetworkHelpers.h"
#include "ServerFixture.h"
#include "domain/CommandName.h"
#include "domain/Grid.h"
#include "domain/ServiceContract.h"
#include "domain/TrainingSession.h"

#include <catch2/catch.hpp>

#include <QCborArray>

using namespace gridsafe;

namespace {

QCborArray ids(qint64 first, int count)
{
    QCborArray list;
    for (int i = 0; i < count; ++i)
        list.append(first);
    return list;
}

} // namespace

TEST_CASE("grid network commands refuse over-long id lists with a clear error and change nothing")
{
    test::ServerFixture f;
    const qint64 town = f.regionId(QStringLiteral("遥观镇"));
    const qint64 village = f.regionId(QStringLiteral("建农村"));
    const qint64 changesBefore = f.count(QStringLiteral("changes"));

    auto grid = f.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridCreate),
                      {{QStringLiteral("townId"), town},
                       {QStringLiteral("name"), QStringLiteral("超长网格")},
                       {QStringLiteral("areaIds"), ids(village, kMaxGridAreas + 1)}});
    REQUIRE_FALSE(grid.ok());
    CHECK(grid.error().code == ErrorCode::Invalid);
    CHECK(grid.error().message.contains(QString::number(kMaxGridAreas)));

    auto training = f.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kTrainingRecord),
                          {{QStringLiteral("townId"), town},
                           {QStringLiteral("heldOn"), QStringLiteral("2026-02-10")},
                           {QStringLiteral("hours"), 2},
                           {QStringLiteral("topic"), QStringLiteral("上岗培训")},
                           {QStringLiteral("trainer"), QStringLiteral("陈工")},
                           {QStringLiteral("attendeeIds"), ids(1, kMaxTrainingAttendees + 1)}});
    REQUIRE_FALSE(training.ok());
    CHECK(training.error().message.contains(QString::number(kMaxTrainingAttendees)));
    CHECK(f.count(QStringLiteral("changes")) == changesBefore);

    const qint64 agency =
        test::runOk(f, QStringLiteral("admin"), cmd::kAgencyCreate,
                    {{QStringLiteral("name"), QStringLiteral("常州安泰安全技术服务有限公司")},
                     {QStringLiteral("creditCode"), QStringLiteral("91110000600037341L")},
                     {QStringLiteral("onCityList"), true}})
            .value(QStringLiteral("agencyId"))
            .toInteger();
    const qint64 changesBeforeContract = f.count(QStringLiteral("changes"));
    auto contract = f.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kContractCreate),
                          {{QStringLiteral("agencyId"), agency},
                           {QStringLiteral("townId"), town},
                           {QStringLiteral("startsOn"), QStringLiteral("2026-01-01")},
                           {QStringLiteral("endsOn"), QStringLiteral("2026-12-31")},
                           {QStringLiteral("scope"), QStringLiteral("技术支撑")},
                           {QStringLiteral("gridIds"), ids(1, kMaxContractGrids + 1)}});
    REQUIRE_FALSE(contract.ok());
    CHECK(contract.error().message.contains(QString::number(kMaxContractGrids)));
    CHECK(f.count(QStringLiteral("changes")) == changesBeforeContract);
}
