// Walks the whole matrix of roles × commands × scopes: every command, by every kind of
// user, against the user's own town and another town. Allowed cases must succeed; the
// rest must be refused with `forbidden` and change nothing.

#include "EnterpriseHelpers.h"
#include "NetworkHelpers.h"
#include "ServerFixture.h"
#include "accounts/PasswordHasher.h"
#include "accounts/UserRepository.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "domain/CreditCode.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QHash>
#include <QSet>

#include <functional>

using namespace gridsafe;

namespace {

int g_counter = 0;

QString unique(const QString &prefix)
{
    return prefix + QString::number(++g_counter);
}

// A valid unified social credit code not used before in this run.
QString newCreditCode()
{
    const QString first17 = QStringLiteral("91320412MA%1").arg(++g_counter, 7, 10, QLatin1Char('0'));
    return first17 + *creditCodeCheckCharacter(first17);
}

QString newPhone()
{
    return QStringLiteral("138%1").arg(20000000 + ++g_counter);
}

// The grid network's commands (inspectors, training, agencies, filings).
QCborMap networkArgsFor(test::ServerFixture &f, const QString &command, const QString &town,
                        const std::function<qint64()> &makeGrid)
{
    const QString admin = QStringLiteral("admin");
    const qint64 townId = f.regionId(town);
    auto makeInspector = [&] {
        return test::runOk(f, admin, cmd::kInspectorCreate,
                           {{QStringLiteral("townId"), townId},
                            {QStringLiteral("name"), unique(QStringLiteral("网格员"))},
                            {QStringLiteral("phone"), newPhone()},
                            {QStringLiteral("kind"), QStringLiteral("safetyOfficer")}})
            .value(QStringLiteral("inspectorId"))
            .toInteger();
    };
    auto makeAgency = [&] {
        return test::runOk(f, admin, cmd::kAgencyCreate,
                           {{QStringLiteral("name"), unique(QStringLiteral("安全技术服务公司"))},
                            {QStringLiteral("creditCode"), newCreditCode()},
                            {QStringLiteral("onCityList"), true}})
            .value(QStringLiteral("agencyId"))
            .toInteger();
    };
    QCborMap args;
    if (command == QLatin1String(cmd::kInspectorCreate)) {
        args = {{QStringLiteral("townId"), townId},
                {QStringLiteral("name"), unique(QStringLiteral("新网格员"))},
                {QStringLiteral("phone"), newPhone()},
                {QStringLiteral("kind"), QStringLiteral("safetyOfficer")}};
    } else if (command == QLatin1String(cmd::kInspectorUpdate)) {
        args = {{QStringLiteral("inspectorId"), makeInspector()},
                {QStringLiteral("revision"), 1},
                {QStringLiteral("name"), unique(QStringLiteral("改名网格员"))},
                {QStringLiteral("phone"), newPhone()},
                {QStringLiteral("kind"), QStringLiteral("other")}};
    } else if (command == QLatin1String(cmd::kGridAssignInspector)) {
        args = {{QStringLiteral("gridId"), makeGrid()},
                {QStringLiteral("revision"), 1},
                {QStringLiteral("inspectorId"),
                 test::certifiedInspector(f, town, unique(QStringLiteral("持证员")), newPhone())}};
    } else if (command == QLatin1String(cmd::kGridUnassignInspector)) {
        const qint64 gridId = makeGrid();
        test::runOk(f, admin, cmd::kGridAssignInspector,
                    {{QStringLiteral("gridId"), gridId},
                     {QStringLiteral("revision"), 1},
                     {QStringLiteral("inspectorId"),
                      test::certifiedInspector(f, town, unique(QStringLiteral("持证员")), newPhone())}});
        args = {{QStringLiteral("gridId"), gridId},
                {QStringLiteral("revision"), 2},
                {QStringLiteral("reason"), QStringLiteral("调离")}};
    } else if (command == QLatin1String(cmd::kTrainingRecord)
               || command == QLatin1String(cmd::kTrainingUpdate)) {
        args = {{QStringLiteral("heldOn"), QStringLiteral("2026-02-10")},
                {QStringLiteral("hours"), 2.5},
                {QStringLiteral("topic"), QStringLiteral("粉尘涉爆检查要点")},
                {QStringLiteral("trainer"), QStringLiteral("区应急局 陈工")},
                {QStringLiteral("attendeeIds"), QCborArray{makeInspector()}}};
        if (command == QLatin1String(cmd::kTrainingRecord)) {
            args.insert(QStringLiteral("townId"), townId);
        } else {
            QCborMap record = args;
            record.insert(QStringLiteral("townId"), townId);
            args.insert(
                QStringLiteral("trainingId"),
                test::runOk(f, admin, cmd::kTrainingRecord, record).value(QStringLiteral("trainingId")));
            args.insert(QStringLiteral("revision"), 1);
        }
    } else if (command == QLatin1String(cmd::kExamRecord)
               || command == QLatin1String(cmd::kCertificateIssue)) {
        const qint64 inspectorId = makeInspector();
        args = {{QStringLiteral("inspectorId"), inspectorId},
                {QStringLiteral("takenOn"), QStringLiteral("2026-02-20")},
                {QStringLiteral("subject"), QStringLiteral("上岗考核")},
                {QStringLiteral("score"), 75},
                {QStringLiteral("passMark"), 60}};
        if (command == QLatin1String(cmd::kCertificateIssue)) {
            args = {{QStringLiteral("inspectorId"), inspectorId},
                    {QStringLiteral("examId"),
                     test::runOk(f, admin, cmd::kExamRecord, args).value(QStringLiteral("examId"))},
                    {QStringLiteral("number"), unique(QStringLiteral("WGY-M"))},
                    {QStringLiteral("issuedOn"), QStringLiteral("2026-03-01")},
                    {QStringLiteral("validUntil"), QStringLiteral("2028-02-29")}};
        }
    } else if (command == QLatin1String(cmd::kCertificateRevoke)) {
        const qint64 inspectorId =
            test::certifiedInspector(f, town, unique(QStringLiteral("持证员")), newPhone());
        args = {{QStringLiteral("certificateId"),
                 scalarSql(f.db(), QStringLiteral("SELECT id FROM certificates WHERE inspector_id = :id"),
                           {{QStringLiteral("id"), inspectorId}})
                     ->toLongLong()},
                {QStringLiteral("reason"), QStringLiteral("考核不合格")}};
    } else if (command == QLatin1String(cmd::kTrainingSetPlan)) {
        const QVariant revision =
            scalarSql(
                f.db(),
                QStringLiteral("SELECT revision FROM training_plans WHERE town_id = :town AND year = 2026"),
                {{QStringLiteral("town"), townId}})
                .value();
        args = {{QStringLiteral("townId"), townId},
                {QStringLiteral("year"), 2026},
                {QStringLiteral("revision"), revision.isValid() ? revision.toLongLong() : 0},
                {QStringLiteral("requiredHours"), 24},
                {QStringLiteral("items"),
                 QCborArray{QCborMap{{QStringLiteral("month"), 3},
                                     {QStringLiteral("topic"), QStringLiteral("上岗培训")},
                                     {QStringLiteral("hours"), 8}}}}};
    } else if (command == QLatin1String(cmd::kAgencyCreate)) {
        args = {{QStringLiteral("name"), unique(QStringLiteral("矩阵服务公司"))},
                {QStringLiteral("creditCode"), newCreditCode()},
                {QStringLiteral("onCityList"), true},
                {QStringLiteral("growthValue"), 820},
                {QStringLiteral("growthValueOn"), QStringLiteral("2026-01-31")}};
    } else if (command == QLatin1String(cmd::kAgencyUpdate)) {
        args = {{QStringLiteral("agencyId"), makeAgency()},
                {QStringLiteral("revision"), 1},
                {QStringLiteral("name"), unique(QStringLiteral("改名服务公司"))},
                {QStringLiteral("creditCode"), newCreditCode()},
                {QStringLiteral("onCityList"), false}};
    } else if (command == QLatin1String(cmd::kContractCreate)
               || command == QLatin1String(cmd::kContractTerminate)) {
        args = {{QStringLiteral("agencyId"), makeAgency()},
                {QStringLiteral("townId"), townId},
                {QStringLiteral("startsOn"), QStringLiteral("2026-01-01")},
                {QStringLiteral("endsOn"), QStringLiteral("2026-12-31")},
                {QStringLiteral("scope"), QStringLiteral("隐患排查技术支撑")},
                {QStringLiteral("gridIds"), QCborArray{makeGrid()}}};
        if (command == QLatin1String(cmd::kContractTerminate)) {
            args = {{QStringLiteral("contractId"),
                     test::runOk(f, admin, cmd::kContractCreate, args).value(QStringLiteral("contractId"))},
                    {QStringLiteral("revision"), 1},
                    {QStringLiteral("terminatedOn"), QStringLiteral("2026-06-30")},
                    {QStringLiteral("reason"), QStringLiteral("服务不达标")}};
        }
    } else if (command == QLatin1String(cmd::kEngagementCreate)) {
        args = {{QStringLiteral("agencyId"), makeAgency()},
                {QStringLiteral("townId"), townId},
                {QStringLiteral("enterpriseName"), QStringLiteral("常州某木业有限公司")},
                {QStringLiteral("enterpriseCode"), newCreditCode()},
                {QStringLiteral("startsOn"), QStringLiteral("2026-03-01")},
                {QStringLiteral("endsOn"), QStringLiteral("2026-05-31")}};
    } else if (command == QLatin1String(cmd::kFilingSubmit) || command == QLatin1String(cmd::kFilingDecide)) {
        makeGrid(); // a change, so there is a new division to file
        test::completeDivision(f, town);
        args = {{QStringLiteral("townId"), townId},
                {QStringLiteral("divisionRevision"), test::divisionRevision(f, town)}};
        if (command == QLatin1String(cmd::kFilingDecide)) {
            args = {{QStringLiteral("filingId"),
                     test::runOk(f, admin, cmd::kFilingSubmit, args).value(QStringLiteral("filingId"))},
                    {QStringLiteral("revision"), 1},
                    {QStringLiteral("decision"), QStringLiteral("return")},
                    {QStringLiteral("reason"), QStringLiteral("请补充园区网格说明")}};
        }
    }
    return args;
}

// Valid arguments for `command` aimed at `town`, preparing any target it needs as admin.
// The register's commands; an import is staged by the user who commits it.
QCborMap enterpriseArgsFor(test::ServerFixture &f, const QString &command, const QString &town,
                           const QString &village, const QString &username)
{
    const QString admin = QStringLiteral("admin");
    if (command == QLatin1String(cmd::kEnterpriseCreate))
        return test::enterpriseArgs(f, town, village, unique(QStringLiteral("矩阵企业")),
                                    test::newCreditCode());
    if (command == QLatin1String(cmd::kEnterpriseImport)) {
        const bool mayImport = roleMayRun(f.actor(username).role, command);
        const qint64 job = test::stageImport(
            f, mayImport ? username : admin,
            QCborArray{test::importRow(2, {{QStringLiteral("creditCode"), test::newCreditCode()},
                                           {QStringLiteral("name"), unique(QStringLiteral("导入企业"))},
                                           {QStringLiteral("town"), town},
                                           {QStringLiteral("village"), village}})});
        return {{QStringLiteral("jobId"), job}};
    }
    const qint64 id = test::createEnterprise(f, admin, town, village, unique(QStringLiteral("矩阵企业")));
    if (command == QLatin1String(cmd::kEnterpriseUpdate)) {
        QCborMap args = test::enterpriseArgs(
            f, town, village, unique(QStringLiteral("改名企业")),
            scalarSql(f.db(), QStringLiteral("SELECT credit_code FROM enterprises WHERE id = :id"),
                      {{QStringLiteral("id"), id}})
                ->toString());
        args.insert(QStringLiteral("enterpriseId"), id);
        args.insert(QStringLiteral("revision"), 1);
        return args;
    }
    if (command == QLatin1String(cmd::kEnterpriseSetSupervision))
        return {{QStringLiteral("enterpriseIds"), QCborArray{id}},
                {QStringLiteral("directReason"), QStringLiteral("规模较大，镇直管")}};
    return {{QStringLiteral("enterpriseId"), id},
            {QStringLiteral("kind"), QStringLiteral("first")},
            {QStringLiteral("reportedOn"), QStringLiteral("2026-02-01")},
            {QStringLiteral("level"), QStringLiteral("general")}};
}

QCborMap argsFor(test::ServerFixture &f, const QString &command, const QString &town, const QString &village,
                 const QString &username)
{
    if (command.startsWith(QLatin1String("enterprise.")))
        return enterpriseArgsFor(f, command, town, village, username);

    const qint64 townId = f.regionId(town);
    auto makeGrid = [&] {
        QCborMap create;
        create.insert(QStringLiteral("townId"), townId);
        create.insert(QStringLiteral("name"), unique(QStringLiteral("准备网格")));
        create.insert(QStringLiteral("areaIds"), QCborArray{f.regionId(village)});
        create.insert(QStringLiteral("part"), unique(QStringLiteral("片区")));
        return f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kGridCreate), create)
            ->result.value(QStringLiteral("gridId"))
            .toInteger();
    };
    auto makeUser = [&] {
        QCborMap create;
        create.insert(QStringLiteral("username"), unique(QStringLiteral("target")));
        create.insert(QStringLiteral("displayName"), QStringLiteral("目标用户"));
        create.insert(QStringLiteral("role"), QStringLiteral("inspector"));
        create.insert(QStringLiteral("townId"), townId);
        create.insert(QStringLiteral("password"), QStringLiteral("target-password"));
        return f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kUserCreate), create)
            ->result.value(QStringLiteral("userId"))
            .toInteger();
    };
    QCborMap args;
    if (command == QLatin1String(cmd::kGridCreate)) {
        args.insert(QStringLiteral("townId"), townId);
        args.insert(QStringLiteral("name"), unique(QStringLiteral("矩阵网格")));
        args.insert(QStringLiteral("areaIds"), QCborArray{f.regionId(village)});
        args.insert(QStringLiteral("part"), unique(QStringLiteral("片区")));
    } else if (command == QLatin1String(cmd::kGridUpdate)) {
        args.insert(QStringLiteral("gridId"), makeGrid());
        args.insert(QStringLiteral("revision"), 1);
        args.insert(QStringLiteral("name"), unique(QStringLiteral("改名网格")));
    } else if (command == QLatin1String(cmd::kGridRetire)) {
        args.insert(QStringLiteral("gridId"), makeGrid());
        args.insert(QStringLiteral("revision"), 1);
        args.insert(QStringLiteral("reason"), QStringLiteral("合并"));
    } else if (command == QLatin1String(cmd::kGridRestore)) {
        const qint64 gridId = makeGrid();
        QCborMap retire;
        retire.insert(QStringLiteral("gridId"), gridId);
        retire.insert(QStringLiteral("revision"), 1);
        retire.insert(QStringLiteral("reason"), QStringLiteral("准备恢复"));
        REQUIRE(f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kGridRetire), retire).ok());
        args.insert(QStringLiteral("gridId"), gridId);
        args.insert(QStringLiteral("revision"), 2);
        args.insert(QStringLiteral("reason"), QStringLiteral("恢复"));
    } else if (command == QLatin1String(cmd::kRegionCreate)) {
        args.insert(QStringLiteral("parentId"), townId);
        args.insert(QStringLiteral("kind"), QStringLiteral("park"));
        args.insert(QStringLiteral("name"), unique(QStringLiteral("矩阵园区")));
    } else if (command == QLatin1String(cmd::kRegionImport)) {
        args.insert(QStringLiteral("fileName"), QStringLiteral("matrix.csv"));
        args.insert(QStringLiteral("csv"), QStringLiteral("区划代码,名称,类型,上级\n,%1,园区,%2\n")
                                               .arg(unique(QStringLiteral("导入园区")), town));
    } else if (command == QLatin1String(cmd::kRegionImportBoundaries)) {
        // One square outline for the target village (re-imports replace it).
        args.insert(QStringLiteral("geojson"),
                    QStringLiteral(R"({"type": "FeatureCollection", "features": [{"type": "Feature",
                        "properties": {"town": "%1", "name": "%2"}, "geometry": {"type": "Polygon",
                        "coordinates": [[[120.06, 31.74], [120.07, 31.74], [120.07, 31.75], [120.06, 31.74]]]}}]})")
                        .arg(town, village));
    } else if (command == QLatin1String(cmd::kRegionRename)) {
        QCborMap create;
        create.insert(QStringLiteral("parentId"), townId);
        create.insert(QStringLiteral("kind"), QStringLiteral("community"));
        create.insert(QStringLiteral("name"), unique(QStringLiteral("待改名社区")));
        const qint64 regionId =
            f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kRegionCreate), create)
                ->result.value(QStringLiteral("regionId"))
                .toInteger();
        args.insert(QStringLiteral("regionId"), regionId);
        args.insert(QStringLiteral("revision"), 1);
        args.insert(QStringLiteral("name"), unique(QStringLiteral("新社区")));
    } else if (command == QLatin1String(cmd::kUserCreate)) {
        args.insert(QStringLiteral("username"), unique(QStringLiteral("matrixuser")));
        args.insert(QStringLiteral("displayName"), QStringLiteral("矩阵用户"));
        args.insert(QStringLiteral("role"), QStringLiteral("inspector"));
        args.insert(QStringLiteral("townId"), townId);
        args.insert(QStringLiteral("password"), QStringLiteral("matrix-password"));
    } else if (command == QLatin1String(cmd::kUserResetPassword)) {
        args.insert(QStringLiteral("userId"), makeUser());
        args.insert(QStringLiteral("password"), QStringLiteral("another-password"));
    } else if (command == QLatin1String(cmd::kUserSetDisabled)) {
        args.insert(QStringLiteral("userId"), makeUser());
        args.insert(QStringLiteral("disabled"), true);
    } else {
        args = networkArgsFor(f, command, town, makeGrid);
    }
    return args;
}

// Who may run what, written out here on purpose rather than read from the server's own
// table (CommandPermissions.cpp): a wrong edit there must make this test fail.
const QHash<QString, QSet<Role>> kExpectedRoles = {
    {QStringLiteral("grid.create"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("grid.update"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("grid.retire"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("grid.restore"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("region.create"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("region.rename"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("region.import"), {Role::Admin}},
    {QStringLiteral("user.create"), {Role::Admin}},
    {QStringLiteral("user.resetPassword"), {Role::Admin}},
    {QStringLiteral("user.setDisabled"), {Role::Admin}},
    {QStringLiteral("user.changePassword"),
     {Role::Admin, Role::DistrictReviewer, Role::TownOperator, Role::Inspector}},
    {QStringLiteral("audit.verify"), {Role::Admin, Role::DistrictReviewer}},
    {QStringLiteral("inspector.create"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("inspector.update"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("grid.assignInspector"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("grid.unassignInspector"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("training.record"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("training.update"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("exam.record"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("certificate.issue"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("certificate.revoke"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("training.setPlan"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("agency.create"), {Role::Admin}},
    {QStringLiteral("agency.update"), {Role::Admin}},
    {QStringLiteral("contract.create"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("contract.terminate"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("engagement.create"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("filing.submit"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("filing.decide"), {Role::Admin, Role::DistrictReviewer}},
    {QStringLiteral("region.importBoundaries"), {Role::Admin}},
    {QStringLiteral("enterprise.create"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("enterprise.update"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("enterprise.setSupervision"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("enterprise.recordRiskReport"), {Role::Admin, Role::TownOperator}},
    {QStringLiteral("enterprise.import"), {Role::Admin, Role::TownOperator}},
};

// Commands whose target lies in a town; the others (users, audit) are district-wide.
bool isTownScoped(const QString &command)
{
    static const QStringList kTownPrefixes = {QStringLiteral("grid."),      QStringLiteral("region."),
                                              QStringLiteral("inspector."), QStringLiteral("training."),
                                              QStringLiteral("exam."),      QStringLiteral("certificate."),
                                              QStringLiteral("contract."),  QStringLiteral("engagement."),
                                              QStringLiteral("filing."),    QStringLiteral("enterprise.")};
    // An import's rows name their towns: each row outside the user's scope is refused on
    // its own (EnterpriseImportTests), not the command.
    if (command == QLatin1String(cmd::kEnterpriseImport))
        return false;
    for (const QString &prefix : kTownPrefixes) {
        if (command.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("authorization matrix: every role, command and scope is allowed or refused as the rules say")
{
    test::ServerFixture f;
    struct Target
    {
        QString town;
        QString village;
    };
    const QList<Target> targets = {{QStringLiteral("遥观镇"), QStringLiteral("建农村")},
                                   {QStringLiteral("横林镇"), QStringLiteral("新东村")}};
    const QStringList users = {QStringLiteral("admin"), QStringLiteral("reviewer"), QStringLiteral("yaoguan"),
                               QStringLiteral("henglin"), QStringLiteral("zhangwei")};
    // Every command the server knows has an expectation here, and no other.
    QStringList known = knownCommands();
    QStringList pinned = kExpectedRoles.keys();
    known.sort();
    pinned.sort();
    REQUIRE(known == pinned);
    int allowed = 0;
    int refused = 0;
    for (const QString &command : pinned) {
        for (const QString &username : users) {
            for (const Target &target : targets) {
                const Actor actor = f.actor(username);
                const bool inScope = !isTownScoped(command) || actor.coversTown(f.regionId(target.town));
                const bool expectAllowed = kExpectedRoles.value(command).contains(actor.role) && inScope;
                QCborMap args = argsFor(f, command, target.town, target.village, username);
                if (command == QLatin1String(cmd::kUserChangePassword)) {
                    // One's own password: known before each run.
                    REQUIRE(UserRepository(f.db())
                                .setPasswordHash(actor.userId,
                                                 f.core().hasher().hash(QStringLiteral("matrix-current-1")),
                                                 QStringLiteral("2026-01-01T00:00:00Z"))
                                .ok());
                    args.insert(QStringLiteral("currentPassword"), QStringLiteral("matrix-current-1"));
                    args.insert(QStringLiteral("newPassword"), QStringLiteral("matrix-new-password"));
                }
                const qint64 auditBefore = f.count(QStringLiteral("audit_log"));
                auto outcome = f.run(username, command, args);
                INFO(command.toStdString()
                     << " by " << username.toStdString() << " in " << target.town.toStdString());
                if (expectAllowed) {
                    if (!outcome.ok())
                        FAIL(outcome.error().message.toStdString());
                    ++allowed;
                } else {
                    REQUIRE_FALSE(outcome.ok());
                    CHECK(outcome.error().code == ErrorCode::Forbidden);
                    CHECK(f.count(QStringLiteral("audit_log")) == auditBefore);
                    ++refused;
                }
            }
        }
    }
    // The matrix is not trivially one-sided.
    CHECK(allowed > 20);
    CHECK(refused > 30);
}
