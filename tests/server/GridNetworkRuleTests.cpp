// Rules of the grid network found by reading the handlers against PROTOCOL.md.

#include "NetworkHelpers.h"
#include "ServerFixture.h"
#include "domain/CommandName.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QCborArray>

using namespace gridsafe;

TEST_CASE("training plan: a year or month beyond 32 bits is refused, not cut down to a valid one")
{
    test::ServerFixture f;
    const qint64 town = f.regionId(QStringLiteral("遥观镇"));
    const qint64 wrapsTo2026 = (qint64(1) << 32) + 2026;
    auto plan = f.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kTrainingSetPlan),
                      {{QStringLiteral("townId"), town},
                       {QStringLiteral("year"), wrapsTo2026},
                       {QStringLiteral("revision"), 0},
                       {QStringLiteral("requiredHours"), 16},
                       {QStringLiteral("items"), QCborArray{}}});
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().code == ErrorCode::Invalid);
    auto month = f.run(
        QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kTrainingSetPlan),
        {{QStringLiteral("townId"), town},
         {QStringLiteral("year"), 2026},
         {QStringLiteral("revision"), 0},
         {QStringLiteral("requiredHours"), 16},
         {QStringLiteral("items"), QCborArray{QCborMap{{QStringLiteral("month"), (qint64(1) << 32) + 3},
                                                       {QStringLiteral("topic"), QStringLiteral("培训")},
                                                       {QStringLiteral("hours"), 2}}}}});
    REQUIRE_FALSE(month.ok());
    CHECK(month.error().code == ErrorCode::Invalid);
    CHECK(f.count(QStringLiteral("training_plans")) == 0);
}

TEST_CASE("grid split: a grid with a part cannot share a village with a grid that covers it whole")
{
    test::ServerFixture f;
    // 渔庄村网格 covers 渔庄村 whole: a second grid over it must wait until that one says its part.
    auto second = f.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridCreate),
                        {{QStringLiteral("townId"), f.regionId(QStringLiteral("遥观镇"))},
                         {QStringLiteral("name"), QStringLiteral("渔庄村北片网格")},
                         {QStringLiteral("part"), QStringLiteral("北片")},
                         {QStringLiteral("areaIds"), QCborArray{f.regionId(QStringLiteral("渔庄村"))}}});
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Invalid);
    CHECK(second.error().message.contains(QStringLiteral("渔庄村网格")));
}

TEST_CASE(
    "filing: a filed town whose inspector lost the certificate is told the gap, not that nothing changed")
{
    test::ServerFixture f;
    const QString town = QStringLiteral("横林镇");
    test::completeDivision(f, town);
    const QCborMap submitted =
        test::runOk(f, QStringLiteral("henglin"), cmd::kFilingSubmit,
                    {{QStringLiteral("townId"), f.regionId(town)},
                     {QStringLiteral("divisionRevision"), test::divisionRevision(f, town)}});
    test::runOk(f, QStringLiteral("reviewer"), cmd::kFilingDecide,
                {{QStringLiteral("filingId"), submitted.value(QStringLiteral("filingId"))},
                 {QStringLiteral("revision"), 1},
                 {QStringLiteral("decision"), QStringLiteral("file")}});
    auto certificate =
        scalarSql(f.db(), QStringLiteral("SELECT id FROM certificates WHERE town_id = :town LIMIT 1"),
                  {{QStringLiteral("town"), f.regionId(town)}});
    test::runOk(f, QStringLiteral("henglin"), cmd::kCertificateRevoke,
                {{QStringLiteral("certificateId"), certificate->toLongLong()},
                 {QStringLiteral("reason"), QStringLiteral("复审未通过")}});
    auto again = f.run(QStringLiteral("henglin"), QString::fromLatin1(cmd::kFilingSubmit),
                       {{QStringLiteral("townId"), f.regionId(town)},
                        {QStringLiteral("divisionRevision"), test::divisionRevision(f, town)}});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Invalid);
    CHECK(again.error().message.contains(QStringLiteral("certificate")));
}
