// The grid network reaches the replicas: what the operator records (inspector, exam,
// certificate, assignment) arrives as its entities, the client's coverage check sees the
// gap close, and the district's reviewer sees the town's division change live.

#include "SessionHelpers.h"
#include "Wait.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CommandName.h"
#include "domain/CoverageGaps.h"

#include <catch2/catch.hpp>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

bool hasGap(const QList<CoverageGap> &gaps, CoverageGap::Kind kind, qint64 subjectId)
{
    return std::any_of(gaps.cbegin(), gaps.cend(), [&](const CoverageGap &gap) {
        return gap.kind == kind && gap.subjectId == subjectId;
    });
}

} // namespace

TEST_CASE("grid network: a staffed grid reaches the replicas and leaves the client's gap list")
{
    TestServer server;
    TestClient operatorClient(server);
    REQUIRE(operatorClient.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    TestClient reviewer(server);
    REQUIRE(reviewer.login(QStringLiteral("reviewer"), QStringLiteral("gridsafe-review")));
    Replica &replica = *operatorClient.session().replica();
    const qint64 townId = server.regionId(QStringLiteral("遥观镇"));
    const Region town = *replica.region(townId);

    Grid grid;
    for (const Grid &candidate : replica.grids(townId)) {
        if (candidate.name == QStringLiteral("渔庄村网格"))
            grid = candidate;
    }
    REQUIRE(grid.id > 0);
    CHECK(grid.code.startsWith(QStringLiteral("WG-")));
    const QString today = QStringLiteral("2026-03-02");
    CHECK(hasGap(findCoverageGaps(ReplicaRecords(replica).townDivision(town), today),
                 CoverageGap::Kind::GridWithoutInspector, grid.id));

    auto inspector = operatorClient.runCommand(QString::fromLatin1(cmd::kInspectorCreate),
                                               {{QStringLiteral("townId"), townId},
                                                {QStringLiteral("name"), QStringLiteral("张伟")},
                                                {QStringLiteral("phone"), QStringLiteral("13912345678")},
                                                {QStringLiteral("kind"), QStringLiteral("safetyOfficer")}});
    REQUIRE(inspector);
    const qint64 inspectorId = inspector->value(QStringLiteral("inspectorId")).toInteger();
    auto exam = operatorClient.runCommand(QString::fromLatin1(cmd::kExamRecord),
                                          {{QStringLiteral("inspectorId"), inspectorId},
                                           {QStringLiteral("takenOn"), QStringLiteral("2026-02-20")},
                                           {QStringLiteral("subject"), QStringLiteral("上岗考核")},
                                           {QStringLiteral("score"), 88},
                                           {QStringLiteral("passMark"), 60}});
    REQUIRE(exam);
    REQUIRE(operatorClient.runCommand(QString::fromLatin1(cmd::kCertificateIssue),
                                      {{QStringLiteral("inspectorId"), inspectorId},
                                       {QStringLiteral("examId"), exam->value(QStringLiteral("examId"))},
                                       {QStringLiteral("number"), QStringLiteral("WGY-2026-001")},
                                       {QStringLiteral("issuedOn"), QStringLiteral("2026-02-25")},
                                       {QStringLiteral("validUntil"), QStringLiteral("2029-02-24")}}));
    const int divisionBefore =
        ReplicaRecords(*reviewer.session().replica()).division(townId).value_or(DivisionState{}).revision;
    REQUIRE(operatorClient.runCommand(QString::fromLatin1(cmd::kGridAssignInspector),
                                      {{QStringLiteral("gridId"), grid.id},
                                       {QStringLiteral("revision"), grid.revision},
                                       {QStringLiteral("inspectorId"), inspectorId}}));

    REQUIRE(waitUntil([&] { return replica.grid(grid.id)->inspectorId == inspectorId; }));
    ReplicaRecords records(replica);
    REQUIRE(records.inspectors(townId).size() == 1);
    CHECK(records.inspectors(townId).first().name == QStringLiteral("张伟"));
    REQUIRE(records.certificates(townId).size() == 1);
    CHECK(records.certificates(townId).first().validOn(today));
    REQUIRE(records.assignments(townId).size() == 1);
    CHECK(records.assignments(townId).first().isCurrent());
    const QList<CoverageGap> gaps = findCoverageGaps(records.townDivision(town), today);
    CHECK_FALSE(hasGap(gaps, CoverageGap::Kind::GridWithoutInspector, grid.id));
    CHECK_FALSE(hasGap(gaps, CoverageGap::Kind::InspectorUncertified, grid.id));
    CHECK(hasGap(gaps, CoverageGap::Kind::FilingMissing, townId));

    // The reviewer did nothing: the change note brings the town's new division revision.
    CHECK(waitUntil([&] {
        return ReplicaRecords(*reviewer.session().replica())
                   .division(townId)
                   .value_or(DivisionState{})
                   .revision
               > divisionBefore;
    }));
    // A town's operator holds no other town's network.
    CHECK(ReplicaRecords(replica).inspectors(server.regionId(QStringLiteral("横林镇"))).isEmpty());
}
