#include "demo/DemoNetworkSeeder.h"

#include "ServerCore.h"
#include "accounts/UserRepository.h"
#include "commands/CommandExecutor.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/CreditCode.h"
#include "grids/GridRepository.h"
#include "regions/RegionRepository.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"

#include <QCborArray>
#include <QSet>
#include <QUuid>

namespace gridsafe {

namespace {

struct PilotTown
{
    const char *name;
    const char *operatorName; // who submits the filing
    const char *certificatePrefix;
};

const PilotTown kPilots[] = {
    {"遥观镇", "yaoguan", "YG"},
    {"横林镇", "henglin", "HL"},
    {"横山桥镇", "admin", "HSQ"},
};

// Plausible names for the demo's safety officers and town staff.
const char *const kNetworkPeople[] = {"张伟", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰",
                                      "吴婷", "徐强", "孙丽", "马超", "朱琳", "胡斌", "郭霞", "何军",
                                      "高燕", "林涛", "罗红", "梁勇", "宋佳", "郑浩", "谢娟", "韩冰",
                                      "唐亮", "冯雪", "于鹏", "董梅", "萧然", "程刚", "曹颖", "袁峰",
                                      "邓琴", "许文", "傅晓", "沈洁", "曾辉", "彭宇", "吕倩", "苏晨"};

class Runner
{
public:
    explicit Runner(ServerCore &core) : m_core(core) {}

    Result<QCborMap> run(const QString &username, const char *command, const QCborMap &args)
    {
        auto user = UserRepository(m_core.database().sql()).findByName(username);
        if (!user)
            return user.error();
        if (!user.value())
            return makeError(ErrorCode::Internal, QStringLiteral("demo user %1 is missing").arg(username));
        auto outcome = m_core.executor().execute(user.value()->toActor(),
                                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 QString::fromLatin1(command), args);
        if (!outcome)
            return makeError(
                outcome.error().code,
                QStringLiteral("demo %1 failed: %2").arg(QLatin1String(command), outcome.error().message));
        return outcome->result;
    }

    QString day(int offset) const { return civilDateText(chinaDate(m_core.clock().now()).addDays(offset)); }

    // A person trained, examined and certified, with the given validity, returning the id.
    Result<qint64> certifiedInspector(qint64 townId, const QString &name, const QCborMap &extra,
                                      const QString &certificateNumber)
    {
        QCborMap create = extra;
        create.insert(QStringLiteral("townId"), townId);
        create.insert(QStringLiteral("name"), name);
        create.insert(QStringLiteral("phone"),
                      QStringLiteral("139%1").arg(60000000 + ++m_serial * 7919 % 39999999));
        auto inspector = run(QStringLiteral("admin"), cmd::kInspectorCreate, create);
        if (!inspector)
            return inspector.error();
        const qint64 id = inspector->value(QStringLiteral("inspectorId")).toInteger();
        auto exam = run(QStringLiteral("admin"), cmd::kExamRecord,
                        {{QStringLiteral("inspectorId"), id},
                         {QStringLiteral("takenOn"), day(-35)},
                         {QStringLiteral("subject"), QStringLiteral("网格员上岗考核")},
                         {QStringLiteral("score"), 70 + (m_serial * 7) % 26},
                         {QStringLiteral("passMark"), 60}});
        if (!exam)
            return exam.error();
        auto certificate = run(QStringLiteral("admin"), cmd::kCertificateIssue,
                               {{QStringLiteral("inspectorId"), id},
                                {QStringLiteral("examId"), exam->value(QStringLiteral("examId"))},
                                {QStringLiteral("number"), certificateNumber},
                                {QStringLiteral("issuedOn"), day(-30)},
                                {QStringLiteral("validUntil"), day(-31 + 3 * 365)}});
        if (!certificate)
            return certificate.error();
        return id;
    }

    int serial() const { return m_serial; }

private:
    ServerCore &m_core;
    int m_serial = 0;
};

QString withCheckCharacter(const QString &first17)
{
    return first17 + *creditCodeCheckCharacter(first17);
}

qint64 regionIn(const QList<Region> &regions, const QString &name)
{
    for (const Region &region : regions) {
        if (region.name == name)
            return region.id;
    }
    return 0;
}

// Every area of the town in a grid, every grid staffed; returns the town's inspectors.
Result<QList<qint64>> divideAndStaff(Runner &runner, QSqlDatabase db, const Region &town, const char *prefix,
                                     int &nextPerson, const QString &linkedAccount)
{
    auto areas = RegionRepository(db).children(town.id);
    if (!areas)
        return areas.error();
    auto grids = GridRepository(db).inTown(town.id);
    if (!grids)
        return grids.error();
    QSet<qint64> covered;
    for (const Grid &grid : grids.value())
        covered.unite(QSet<qint64>(grid.areaIds.cbegin(), grid.areaIds.cend()));
    for (const Region &area : areas.value()) {
        if (!isGridArea(area.kind) || covered.contains(area.id))
            continue;
        auto created =
            runner.run(QStringLiteral("admin"), cmd::kGridCreate,
                       {{QStringLiteral("townId"), town.id},
                        {QStringLiteral("name"), area.name + QStringLiteral("网格")},
                        {QStringLiteral("kind"),
                         area.kind == RegionKind::Park ? QStringLiteral("park") : QStringLiteral("village")},
                        {QStringLiteral("areaIds"), QCborArray{area.id}}});
        if (!created)
            return created.error();
    }
    auto staffed = GridRepository(db).inTown(town.id);
    if (!staffed)
        return staffed.error();
    QList<qint64> inspectors;
    int number = 0;
    for (const Grid &grid : staffed.value()) {
        const bool park = grid.kind == Grid::Kind::Park;
        QCborMap extra{
            {QStringLiteral("kind"), park ? QStringLiteral("townStaff") : QStringLiteral("safetyOfficer")}};
        if (park)
            extra.insert(QStringLiteral("unit"), town.name + QStringLiteral("应急办"));
        else
            extra.insert(QStringLiteral("unitRegionId"), grid.areaIds.value(0));
        // The demo inspector account signs in as the inspector of the first 遥观镇 grid.
        QString name = QString::fromUtf8(kNetworkPeople[nextPerson++ % int(std::size(kNetworkPeople))]);
        if (!linkedAccount.isEmpty() && number == 0) {
            auto account = UserRepository(db).findByName(linkedAccount);
            if (account && account.value()) {
                extra.insert(QStringLiteral("userId"), account.value()->id);
                name = QStringLiteral("张伟");
            }
        }
        auto inspector = runner.certifiedInspector(town.id, name, extra,
                                                   QStringLiteral("%1-%2-%3")
                                                       .arg(QLatin1String(prefix))
                                                       .arg(parseCivilDate(runner.day(0))->year())
                                                       .arg(++number, 3, 10, QLatin1Char('0')));
        if (!inspector)
            return inspector.error();
        auto assigned = runner.run(QStringLiteral("admin"), cmd::kGridAssignInspector,
                                   {{QStringLiteral("gridId"), grid.id},
                                    {QStringLiteral("revision"), grid.revision},
                                    {QStringLiteral("inspectorId"), inspector.value()}});
        if (!assigned)
            return assigned.error();
        inspectors.append(inspector.value());
    }
    return inspectors;
}

Status trainAndPlan(Runner &runner, qint64 townId, const QList<qint64> &inspectors)
{
    QCborArray attendees;
    for (qint64 id : inspectors)
        attendees.append(id);
    for (const auto &[offset, hours, topic] : {std::tuple{-40, 8.0, "网格员上岗培训：职责与检查纲要"},
                                               std::tuple{-20, 3.5, "粉尘涉爆企业检查要点"}}) {
        auto training = runner.run(QStringLiteral("admin"), cmd::kTrainingRecord,
                                   {{QStringLiteral("townId"), townId},
                                    {QStringLiteral("heldOn"), runner.day(offset)},
                                    {QStringLiteral("hours"), hours},
                                    {QStringLiteral("topic"), QString::fromUtf8(topic)},
                                    {QStringLiteral("trainer"), QStringLiteral("区应急局 陈工")},
                                    {QStringLiteral("attendeeIds"), attendees}});
        if (!training)
            return training.error();
    }
    const int year = parseCivilDate(runner.day(0))->year();
    QCborArray items;
    for (const auto &[month, topic] : {std::pair{3, "网格员上岗培训"}, std::pair{6, "有限空间作业安全"},
                                       std::pair{9, "涉氨制冷与粉尘涉爆"}, std::pair{11, "隐患闭环与复查"}})
        items.append(QCborMap{{QStringLiteral("month"), month},
                              {QStringLiteral("topic"), QString::fromUtf8(topic)},
                              {QStringLiteral("hours"), 4}});
    auto plan = runner.run(QStringLiteral("admin"), cmd::kTrainingSetPlan,
                           {{QStringLiteral("townId"), townId},
                            {QStringLiteral("year"), year},
                            {QStringLiteral("revision"), 0},
                            {QStringLiteral("requiredHours"), 16},
                            {QStringLiteral("items"), items}});
    return plan ? success() : Status(plan.error());
}

Status fileDivision(Runner &runner, QSqlDatabase db, qint64 townId, const QString &operatorName)
{
    auto revision = scalarSql(db, QStringLiteral("SELECT revision FROM division_state WHERE town_id = :town"),
                              {{QStringLiteral("town"), townId}});
    if (!revision)
        return revision.error();
    auto submitted = runner.run(
        operatorName, cmd::kFilingSubmit,
        {{QStringLiteral("townId"), townId},
         {QStringLiteral("divisionRevision"), revision.value().toLongLong()},
         {QStringLiteral("note"), QStringLiteral("按村（社区）划分网格，园区由镇应急办人员负责")}});
    if (!submitted)
        return submitted.error();
    auto filed = runner.run(QStringLiteral("reviewer"), cmd::kFilingDecide,
                            {{QStringLiteral("filingId"), submitted->value(QStringLiteral("filingId"))},
                             {QStringLiteral("revision"), 1},
                             {QStringLiteral("decision"), QStringLiteral("file")}});
    return filed ? success() : Status(filed.error());
}

// 潞城街道: two grids, one staffed by an inspector whose certificate was then revoked, one
// without an inspector, and villages in no grid; never filed.
Status seedGapTown(Runner &runner, const QList<Region> &regions, QSqlDatabase db)
{
    const qint64 townId = regionIn(regions, QStringLiteral("潞城街道"));
    QList<qint64> gridIds;
    for (const char *village : {"潞城社区", "塘北村"}) {
        qint64 areaId = 0;
        for (const Region &region : regions) {
            if (region.townId == townId && region.name == QString::fromUtf8(village))
                areaId = region.id;
        }
        auto grid = runner.run(QStringLiteral("admin"), cmd::kGridCreate,
                               {{QStringLiteral("townId"), townId},
                                {QStringLiteral("name"), QString::fromUtf8(village) + QStringLiteral("网格")},
                                {QStringLiteral("areaIds"), QCborArray{areaId}}});
        if (!grid)
            return grid.error();
        gridIds.append(grid->value(QStringLiteral("gridId")).toInteger());
    }
    auto inspector = runner.certifiedInspector(
        townId, QStringLiteral("钱进"), {{QStringLiteral("kind"), QStringLiteral("safetyOfficer")}},
        QStringLiteral("LC-%1-001").arg(parseCivilDate(runner.day(0))->year()));
    if (!inspector)
        return inspector.error();
    auto assigned = runner.run(QStringLiteral("admin"), cmd::kGridAssignInspector,
                               {{QStringLiteral("gridId"), gridIds.first()},
                                {QStringLiteral("revision"), 1},
                                {QStringLiteral("inspectorId"), inspector.value()}});
    if (!assigned)
        return assigned.error();
    auto certificateId = scalarSql(db, QStringLiteral("SELECT id FROM certificates WHERE inspector_id = :id"),
                                   {{QStringLiteral("id"), inspector.value()}});
    if (!certificateId)
        return certificateId.error();
    auto certificate = runner.run(QStringLiteral("admin"), cmd::kCertificateRevoke,
                                  {{QStringLiteral("certificateId"), certificateId.value().toLongLong()},
                                   {QStringLiteral("reason"), QStringLiteral("年度复审未通过")}});
    return certificate ? success() : Status(certificate.error());
}

Status seedAgencies(Runner &runner, const QList<Region> &regions, QSqlDatabase db)
{
    struct DemoAgency
    {
        const char *name;
        const char *code17;
        bool listed;
        int growth;
    };
    const DemoAgency agencies[] = {
        {"常州安泰安全技术服务有限公司", "91320411MA1XKQ7P3", true, 892},
        {"江苏中安安全科技有限公司", "91320400MA1MWY6T5", true, 846},
        {"常州众合安全生产技术咨询有限公司", "91320412MA20B3LR0", true, 781},
        {"常州市恒信安全评价有限公司", "91320402MA1Q8CN47", false, 0},
    };
    QList<qint64> ids;
    for (const DemoAgency &agency : agencies) {
        QCborMap args{{QStringLiteral("name"), QString::fromUtf8(agency.name)},
                      {QStringLiteral("creditCode"), withCheckCharacter(QString::fromLatin1(agency.code17))},
                      {QStringLiteral("onCityList"), agency.listed},
                      {QStringLiteral("contact"), QStringLiteral("王经理")},
                      {QStringLiteral("phone"), QStringLiteral("0519-8688%1").arg(ids.size() * 1111 + 1001)}};
        if (agency.growth > 0) {
            args.insert(QStringLiteral("growthValue"), agency.growth);
            args.insert(QStringLiteral("growthValueOn"), runner.day(-60));
        }
        auto created = runner.run(QStringLiteral("admin"), cmd::kAgencyCreate, args);
        if (!created)
            return created.error();
        ids.append(created->value(QStringLiteral("agencyId")).toInteger());
    }
    // 安泰 supports 遥观镇's park and one village grid this year.
    const qint64 yaoguan = regionIn(regions, QStringLiteral("遥观镇"));
    auto grids = GridRepository(db).inTown(yaoguan);
    if (!grids)
        return grids.error();
    QCborArray supported;
    for (const Grid &grid : grids.value()) {
        if (supported.size() < 2
            && (grid.kind == Grid::Kind::Park || grid.name == QStringLiteral("渔庄村网格")))
            supported.append(grid.id);
    }
    const int year = parseCivilDate(runner.day(0))->year();
    auto contract = runner.run(QStringLiteral("yaoguan"), cmd::kContractCreate,
                               {{QStringLiteral("agencyId"), ids.at(0)},
                                {QStringLiteral("townId"), yaoguan},
                                {QStringLiteral("startsOn"), QStringLiteral("%1-01-01").arg(year)},
                                {QStringLiteral("endsOn"), QStringLiteral("%1-12-31").arg(year)},
                                {QStringLiteral("scope"), QStringLiteral("隐患排查技术支撑、网格员业务指导")},
                                {QStringLiteral("gridIds"), supported}});
    if (!contract)
        return contract.error();
    // 中安 coaches one 横林 wood-flour plant on its own: allowed, it has no contract there.
    auto engagement = runner.run(
        QStringLiteral("henglin"), cmd::kEngagementCreate,
        {{QStringLiteral("agencyId"), ids.at(1)},
         {QStringLiteral("townId"), regionIn(regions, QStringLiteral("横林镇"))},
         {QStringLiteral("enterpriseName"), QStringLiteral("常州市横林鑫源木粉厂")},
         {QStringLiteral("enterpriseCode"), withCheckCharacter(QStringLiteral("91320412MA1NP2XW7"))},
         {QStringLiteral("startsOn"), runner.day(-10)},
         {QStringLiteral("endsOn"), runner.day(80)},
         {QStringLiteral("note"), QStringLiteral("粉尘涉爆专项指导")}});
    return engagement ? success() : Status(engagement.error());
}

} // namespace

Status DemoNetworkSeeder::seedIfEmpty(ServerCore &core)
{
    QSqlDatabase db = core.database().sql();
    auto count = scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM inspectors"));
    if (!count)
        return count.error();
    if (count.value().toLongLong() > 0)
        return success();
    auto regions = RegionRepository(db).all();
    if (!regions)
        return regions.error();
    Runner runner(core);
    int nextPerson = 0;
    for (const PilotTown &pilot : kPilots) {
        const qint64 townId = regionIn(regions.value(), QString::fromUtf8(pilot.name));
        auto town = RegionRepository(db).find(townId);
        if (!town || !town.value())
            return makeError(ErrorCode::Internal,
                             QStringLiteral("demo town %1 is missing").arg(QString::fromUtf8(pilot.name)));
        auto inspectors = divideAndStaff(runner, db, *town.value(), pilot.certificatePrefix, nextPerson,
                                         townId == regionIn(regions.value(), QStringLiteral("遥观镇"))
                                             ? QStringLiteral("zhangwei")
                                             : QString());
        if (!inspectors)
            return inspectors.error();
        if (Status trained = trainAndPlan(runner, townId, inspectors.value()); !trained)
            return trained;
        if (Status filed = fileDivision(runner, db, townId, QString::fromUtf8(pilot.operatorName)); !filed)
            return filed;
    }
    if (Status gaps = seedGapTown(runner, regions.value(), db); !gaps)
        return gaps;
    return seedAgencies(runner, regions.value(), db);
}

} // namespace gridsafe
