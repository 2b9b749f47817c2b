#include "demo/DemoEnterpriseSeeder.h"

#include "ServerCore.h"
#include "accounts/UserRepository.h"
#include "commands/CommandExecutor.h"
#include "commands/RequestRegistry.h"
#include "domain/CommandName.h"
#include "domain/CreditCode.h"
#include "grids/GridRepository.h"
#include "protocol/MessageType.h"
#include "regions/RegionRepository.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

namespace gridsafe {

namespace {

// What a town's enterprises make, with the classification a register gives them.
struct Trade
{
    const char *product; // the middle of the name
    const char *industry;
    const char *sector; // "" when not a key sector
    const char *flags;  // focus flags, 、-separated
};

const Trade kTrades[] = {
    {"木粉", "C20", "轻工", "粉尘涉爆"},
    {"木业", "C20", "轻工", "粉尘涉爆"},
    {"地板", "C20", "轻工", "粉尘涉爆"},
    {"家具", "C21", "轻工", "粉尘涉爆、有限空间作业"},
    {"机械", "C34", "机械", ""},
    {"精密机械", "C34", "机械", ""},
    {"齿轮", "C34", "机械", ""},
    {"液压设备", "C35", "机械", ""},
    {"阀门", "C34", "机械", ""},
    {"纺织", "C17", "纺织", ""},
    {"印染", "C17", "纺织", "有限空间作业、危险化学品使用"},
    {"服饰", "C18", "纺织", ""},
    {"新型建材", "C30", "建材", "粉尘涉爆"},
    {"混凝土", "C30", "建材", ""},
    {"钢管", "C31", "冶金", "金属冶炼"},
    {"铸造", "C33", "机械", "金属冶炼、粉尘涉爆"},
    {"铝业", "C32", "有色", "金属冶炼、粉尘涉爆"},
    {"冷链食品", "C13", "轻工", "涉氨制冷、有限空间作业"},
    {"电子", "C39", "", ""},
    {"电器", "C38", "", ""},
    {"塑料制品", "C29", "", ""},
    {"包装材料", "C22", "轻工", "有限空间作业"},
    {"涂料", "C26", "", "危险化学品使用"},
    {"轨道交通装备", "C37", "机械", ""},
    {"商贸", "F51", "商贸", ""},
};

// Town → the trades it is known for (indexes into kTrades, repeated for weight) and how
// many of the demo's enterprises it holds.
struct TownMix
{
    const char *town;
    int count;
    QList<int> trades;
};

const QList<TownMix> &townMixes()
{
    static const QList<TownMix> mixes{
        {"横林镇", 90, {0, 0, 0, 1, 1, 2, 2, 2, 3, 4, 9, 12, 20, 21, 24}},
        {"遥观镇", 90, {4, 5, 6, 7, 8, 9, 10, 11, 14, 15, 18, 19, 20, 17, 24}},
        {"横山桥镇", 60, {12, 12, 13, 13, 4, 14, 15, 16, 20, 22, 21}},
        {"潞城街道", 30, {18, 19, 4, 20, 21, 17, 24}},
        {"丁堰街道", 25, {19, 18, 11, 4, 22, 24}},
        {"戚墅堰街道", 25, {23, 23, 4, 5, 15, 16, 19}},
    };
    return mixes;
}

const char *const kFirmWords[] = {"鑫源", "恒力", "华达", "金诚", "宏远", "永盛", "瑞丰", "天成",
                                  "隆兴", "润发", "东方", "科达", "新亚", "嘉禾", "聚丰", "博远",
                                  "宝通", "汇丰", "友成", "立信", "万通", "盛达", "远航", "富强",
                                  "中兴", "振华", "三友", "长江", "运河", "龙城", "天宁", "常发",
                                  "亚美", "精工", "恒远", "华强", "金鹰", "兴业", "双良", "旭日"};
const char *const kRepresentatives[] = {"张建国", "王秀英", "李明",   "刘志强", "陈国平", "杨丽",
                                        "赵文军", "黄海",   "周建华", "吴小平", "徐红",   "孙伟",
                                        "马俊",   "朱海燕", "胡建",   "郭强"};
const QString kCodeCharacters = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

QString randomCreditCode(QRandomGenerator &random)
{
    QString first17 = QStringLiteral("91320412MA");
    for (int i = 0; i < 7; ++i)
        first17.append(kCodeCharacters.at(random.bounded(int(kCodeCharacters.size()))));
    return first17 + *creditCodeCheckCharacter(first17);
}

QString riskLevel(QRandomGenerator &random, bool key)
{
    const int roll = random.bounded(100);
    if (roll < (key ? 5 : 1))
        return QStringLiteral("重大");
    if (roll < (key ? 28 : 10))
        return QStringLiteral("较大");
    if (roll < (key ? 75 : 55))
        return QStringLiteral("一般");
    return QStringLiteral("低");
}

Result<QCborArray> demoRows(ServerCore &core)
{
    RegionRepository regions(core.database().sql());
    auto all = regions.all();
    if (!all)
        return all.error();
    auto grids = GridRepository(core.database().sql()).all();
    if (!grids)
        return grids.error();
    // A split village has several grids: the sheet names the one (一村一格 places the rest).
    QHash<qint64, QStringList> gridsOfArea;
    for (const Grid &grid : grids.value()) {
        if (grid.status != Grid::Status::Active)
            continue;
        for (qint64 area : grid.areaIds)
            gridsOfArea[area].append(grid.name);
    }
    QRandomGenerator random(20260301); // a fixed seed: the same register every time
    QSet<QString> codes;
    QSet<QString> names;
    QCborArray rows;
    for (const TownMix &mix : townMixes()) {
        const QString townName = QString::fromUtf8(mix.town);
        std::optional<qint64> townId;
        QStringList villages;
        QHash<QString, QStringList> gridsOfVillage;
        for (const Region &region : all.value()) {
            if (region.name == townName && isTownLevel(region.kind))
                townId = region.id;
        }
        for (const Region &region : all.value()) {
            if (townId && region.townId == townId && isGridArea(region.kind)) {
                villages.append(region.name);
                gridsOfVillage.insert(region.name, gridsOfArea.value(region.id));
            }
        }
        if (!townId || villages.isEmpty())
            continue;
        for (int i = 0; i < mix.count; ++i) {
            const Trade &trade = kTrades[mix.trades.at(random.bounded(int(mix.trades.size())))];
            QString name;
            do {
                name = QStringLiteral("常州市") + QString::fromUtf8(kFirmWords[random.bounded(40)])
                       + QString::fromUtf8(trade.product) + QStringLiteral("有限公司");
            } while (names.contains(name));
            names.insert(name);
            QString code;
            do {
                code = randomCreditCode(random);
            } while (codes.contains(code));
            codes.insert(code);
            const QString village = villages.at(random.bounded(int(villages.size())));
            const bool above = random.bounded(100) < 28;
            const bool key = *trade.sector != '\0';
            QCborMap cells{
                {QStringLiteral("creditCode"), code},
                {QStringLiteral("name"), name},
                {QStringLiteral("address"),
                 QStringLiteral("常州市经开区%1%2%3号").arg(townName, village).arg(1 + random.bounded(300))},
                {QStringLiteral("town"), townName},
                {QStringLiteral("village"), village},
                {QStringLiteral("industry"), QString::fromLatin1(trade.industry)},
                {QStringLiteral("sector"), key ? QString::fromUtf8(trade.sector) : QStringLiteral("无")},
                {QStringLiteral("focusFlags"), QString::fromUtf8(trade.flags)},
                {QStringLiteral("scale"), above ? QStringLiteral("规上") : QStringLiteral("规下")},
                {QStringLiteral("employees"),
                 QString::number(above ? 100 + random.bounded(700) : 6 + random.bounded(90))},
                {QStringLiteral("legalRepresentative"),
                 QString::fromUtf8(kRepresentatives[random.bounded(16)])},
                {QStringLiteral("safetyContact"), QString::fromUtf8(kRepresentatives[random.bounded(16)])},
                {QStringLiteral("safetyPhone"),
                 QStringLiteral("139%1").arg(10000000 + random.bounded(89999999))}};
            const int status = random.bounded(100);
            cells.insert(QStringLiteral("status"), status < 93   ? QStringLiteral("在产")
                                                   : status < 98 ? QStringLiteral("停产")
                                                                 : QStringLiteral("关闭"));
            // Large, high-risk plants are often kept by the town itself.
            const QStringList villageGrids = gridsOfVillage.value(village);
            if (above && random.bounded(100) < 18)
                cells.insert(QStringLiteral("directReason"),
                             QStringLiteral("规上重点企业，由镇（街道）应急办直接监管"));
            else if (villageGrids.size() > 1)
                cells.insert(QStringLiteral("grid"),
                             villageGrids.at(random.bounded(int(villageGrids.size()))));
            if (random.bounded(100) < 70) {
                cells.insert(QStringLiteral("riskLevel"), riskLevel(random, key));
                cells.insert(QStringLiteral("riskKind"),
                             random.bounded(100) < 60 ? QStringLiteral("定期") : QStringLiteral("首次"));
                cells.insert(QStringLiteral("riskReportedOn"),
                             QDate(2025, 1, 6).addDays(random.bounded(400)).toString(Qt::ISODate));
            }
            rows.append(QCborMap{{QStringLiteral("row"), rows.size() + 2}, {QStringLiteral("cells"), cells}});
        }
    }
    return rows;
}

} // namespace

Status DemoEnterpriseSeeder::seedIfEmpty(ServerCore &core)
{
    auto existing = scalarSql(core.database().sql(), QStringLiteral("SELECT count(*) FROM enterprises"));
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0)
        return success();
    auto rows = demoRows(core);
    if (!rows)
        return rows.error();
    auto admin = UserRepository(core.database().sql()).findByName(QStringLiteral("admin"));
    if (!admin)
        return admin.error();
    if (!admin.value())
        return makeError(ErrorCode::Internal, QStringLiteral("the demo administrator is missing"));
    const Actor actor = admin.value()->toActor();
    auto request = [&](const char *type, const QCborMap &body) {
        return (*core.requests().find(QString::fromLatin1(type)))(actor, body);
    };
    auto begun = request(
        msg::kImportBegin,
        {{QStringLiteral("fileName"), QStringLiteral("演示企业名录.xlsx")},
         {QStringLiteral("checksum"),
          QString::fromLatin1(
              QCryptographicHash::hash(rows->toCborValue().toCbor(), QCryptographicHash::Sha256).toHex())},
         {QStringLiteral("rowCount"), rows->size()}});
    if (!begun)
        return begun.error();
    const qint64 job = begun->value(QStringLiteral("jobId")).toInteger();
    auto uploaded = request(msg::kImportUpload, {{QStringLiteral("jobId"), job},
                                                 {QStringLiteral("first"), 0},
                                                 {QStringLiteral("rows"), rows.value()}});
    if (!uploaded)
        return uploaded.error();
    auto checked = request(msg::kImportCheck, {{QStringLiteral("jobId"), job}});
    if (!checked)
        return checked.error();
    if (checked->value(QStringLiteral("refused")).toInteger() > 0)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the demo register has rows its own check refuses"));
    auto committed = core.executor().execute(actor, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                             QString::fromLatin1(cmd::kEnterpriseImport),
                                             {{QStringLiteral("jobId"), job}});
    if (!committed)
        return committed.error();
    return success();
}

} // namespace gridsafe
