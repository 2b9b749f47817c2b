#include "demo/DemoSeeder.h"

#include "ServerCore.h"
#include "accounts/PasswordHasher.h"
#include "accounts/UserFeed.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"
#include "domain/EntityName.h"
#include "grids/GridRepository.h"
#include "regions/RegionRepository.h"
#include "sql/SqlRunner.h"
#include "sql/TransactionGuard.h"
#include "store/Database.h"
#include "sync/ChangeFeed.h"

#include <QHash>
#include <QJsonObject>

namespace gridsafe {

namespace {

struct DemoArea
{
    const char *name;
    RegionKind kind;
    const char *code;
};

struct DemoTown
{
    const char *name;
    RegionKind kind;
    const char *code;
    QList<DemoArea> areas;
};

struct DemoGrid
{
    const char *town;
    const char *name;
    QList<const char *> areas;
    const char *part = ""; // of a split village
    bool park = false;
};

const QList<DemoTown> &towns()
{
    static const QList<DemoTown> kTowns = {
        {"横林镇",
         RegionKind::Town,
         "",
         {{"横林社区", RegionKind::Community, ""},
          {"崔桥村", RegionKind::Village, ""},
          {"新东村", RegionKind::Village, ""},
          {"南苑村", RegionKind::Village, ""},
          {"林南村", RegionKind::Village, ""},
          {"江村村", RegionKind::Village, ""},
          {"余巷村", RegionKind::Village, ""},
          {"西湖村", RegionKind::Village, ""},
          {"横林木业园区", RegionKind::Park, ""}}},
        {"横山桥镇",
         RegionKind::Town,
         "320412106",
         {{"西崦社区", RegionKind::Community, "320412106004"},
          {"横山桥社区", RegionKind::Community, ""},
          {"芙蓉社区", RegionKind::Community, ""},
          {"五一村", RegionKind::Village, ""},
          {"东南村", RegionKind::Village, ""},
          {"三思村", RegionKind::Village, ""},
          {"大坝村", RegionKind::Village, ""},
          {"花园村", RegionKind::Village, ""}}},
        {"遥观镇",
         RegionKind::Town,
         "320412104",
         {{"渔庄村", RegionKind::Village, "320412104200"},
          {"留道社区", RegionKind::Community, ""},
          {"桥南村", RegionKind::Village, ""},
          {"塘桥村", RegionKind::Village, ""},
          {"钱家塘社区", RegionKind::Community, ""},
          {"芳庄社区", RegionKind::Community, ""},
          {"洪庄社区", RegionKind::Community, ""},
          {"印墅社区", RegionKind::Community, ""},
          {"建农村", RegionKind::Village, ""},
          {"东方村", RegionKind::Village, ""},
          {"剑苑社区", RegionKind::Community, ""},
          {"东村村", RegionKind::Village, ""},
          {"遥观社区", RegionKind::Community, ""},
          {"薛墅巷村", RegionKind::Village, ""},
          {"通济村", RegionKind::Village, ""},
          {"遥观工业集中区", RegionKind::Park, ""}}},
        {"潞城街道",
         RegionKind::Street,
         "",
         {{"潞城社区", RegionKind::Community, ""},
          {"五一村", RegionKind::Village, ""},
          {"塘北村", RegionKind::Village, ""},
          {"丁家塘村", RegionKind::Village, ""},
          {"前庄村", RegionKind::Village, ""}}},
        {"丁堰街道",
         RegionKind::Street,
         "",
         {{"丁堰社区", RegionKind::Community, ""},
          {"新丰村", RegionKind::Village, ""},
          {"东青村", RegionKind::Village, ""},
          {"梅港村", RegionKind::Village, ""}}},
        {"戚墅堰街道",
         RegionKind::Street,
         "",
         {{"戚墅堰社区", RegionKind::Community, ""},
          {"和平社区", RegionKind::Community, ""},
          {"卢家巷村", RegionKind::Village, ""},
          {"丁家村", RegionKind::Village, ""}}},
    };
    return kTowns;
}

// A large village split in two, a park grid staffed by the town, and plain village grids.
const QList<DemoGrid> &grids()
{
    static const QList<DemoGrid> kGrids = {
        {"遥观镇", "渔庄村网格", {"渔庄村"}},
        {"遥观镇", "留道社区网格", {"留道社区"}},
        {"遥观镇", "东方村第一网格", {"东方村"}, "东片（东方路以东）"},
        {"遥观镇", "东方村第二网格", {"东方村"}, "西片（东方路以西）"},
        {"遥观镇", "桥南塘桥网格", {"桥南村", "塘桥村"}},
        {"遥观镇", "工业集中区网格", {"遥观工业集中区"}, "", true},
        {"横林镇", "崔桥村网格", {"崔桥村"}},
        {"横林镇", "木业园区网格", {"横林木业园区"}, "", true},
        {"横山桥镇", "西崦社区网格", {"西崦社区"}},
    };
    return kGrids;
}

Result<qint64> addRegion(RegionRepository &regions, ChangeFeed &changes, std::optional<qint64> parent,
                         RegionKind kind, const QString &name, const QString &code)
{
    Region region;
    region.parentId = parent;
    region.kind = kind;
    region.name = name;
    region.code = code;
    auto id = regions.insert(region);
    if (!id)
        return id;
    auto stored = regions.find(id.value());
    if (!stored)
        return stored.error();
    if (Status recorded = changes.record(QStringLiteral("region"), id.value(), stored.value()->townId,
                                         stored.value()->toPayload());
        !recorded)
        return recorded.error();
    return id;
}

} // namespace

const QList<DemoSeeder::DemoUser> &DemoSeeder::users()
{
    static const QList<DemoUser> kUsers = {
        {"admin", "gridsafe-admin", "系统管理员", "admin", nullptr},
        {"reviewer", "gridsafe-review", "王审核（区应急局）", "reviewer", nullptr},
        {"yaoguan", "gridsafe-yaoguan", "李静（遥观镇应急办）", "operator", "遥观镇"},
        {"henglin", "gridsafe-henglin", "周强（横林镇应急办）", "operator", "横林镇"},
        {"zhangwei", "gridsafe-inspect", "张伟（渔庄村安管员）", "inspector", "遥观镇"},
    };
    return kUsers;
}

Status DemoSeeder::seedIfEmpty(ServerCore &core)
{
    const QSqlDatabase db = core.database().sql();
    auto count = scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM regions"));
    if (!count)
        return count.error();
    if (count.value().toLongLong() > 0)
        return success();

    TransactionGuard transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    RegionRepository regions(db);
    ChangeFeed &changes = core.changes();
    auto district = addRegion(regions, changes, std::nullopt, RegionKind::District,
                              QStringLiteral("常州经开区"), QStringLiteral("320412"));
    if (!district)
        return district.error();
    QHash<QString, qint64> townIds;
    QHash<QString, qint64> areaIds; // "town/area"
    for (const DemoTown &town : towns()) {
        auto townId = addRegion(regions, changes, district.value(), town.kind, QString::fromUtf8(town.name),
                                QString::fromUtf8(town.code));
        if (!townId)
            return townId.error();
        townIds.insert(QString::fromUtf8(town.name), townId.value());
        for (const DemoArea &area : town.areas) {
            auto areaId = addRegion(regions, changes, townId.value(), area.kind, QString::fromUtf8(area.name),
                                    QString::fromUtf8(area.code));
            if (!areaId)
                return areaId.error();
            areaIds.insert(QString::fromUtf8(town.name) + QLatin1Char('/') + QString::fromUtf8(area.name),
                           areaId.value());
        }
    }

    GridRepository gridRepository(db);
    const QString now = core.clock().now().toUTC().toString(Qt::ISODate);
    for (const DemoGrid &demo : grids()) {
        Grid grid;
        grid.townId = townIds.value(QString::fromUtf8(demo.town));
        grid.name = QString::fromUtf8(demo.name);
        grid.kind = demo.park ? Grid::Kind::Park : Grid::Kind::Village;
        grid.part = QString::fromUtf8(demo.part);
        auto code = gridRepository.nextFreeCode(grid.townId);
        if (!code)
            return code.error();
        grid.code = code.value();
        grid.createdAt = now;
        for (const char *area : demo.areas)
            grid.areaIds.append(
                areaIds.value(QString::fromUtf8(demo.town) + QLatin1Char('/') + QString::fromUtf8(area)));
        auto id = gridRepository.insert(grid);
        if (!id)
            return id.error();
        auto stored = gridRepository.find(id.value());
        if (!stored)
            return stored.error();
        if (Status recorded = changes.record(QString::fromLatin1(entity::kGrid), id.value(), grid.townId,
                                             stored.value()->toPayload());
            !recorded)
            return recorded.error();
    }

    UserRepository userRepository(db);
    for (const DemoUser &demo : users()) {
        User user;
        user.username = QString::fromUtf8(demo.username);
        user.displayName = QString::fromUtf8(demo.displayName);
        user.role = roleFromName(QString::fromUtf8(demo.role)).value_or(Role::Inspector);
        if (demo.town)
            user.townId = townIds.value(QString::fromUtf8(demo.town));
        user.passwordHash = core.hasher().hash(QString::fromUtf8(demo.password));
        auto id = userRepository.insert(user, now);
        if (!id)
            return id.error();
        if (Status published = UserFeed::publish(db, changes, id.value()); !published)
            return published;
    }
    if (Status audited = core.audit().append({std::nullopt,
                                              QStringLiteral("demo.seed"),
                                              {},
                                              {},
                                              std::nullopt,
                                              QJsonObject{{QStringLiteral("towns"), int(towns().size())}}});
        !audited)
        return audited;
    changes.discardTouchedScopes();
    return transaction.commit();
}

} // namespace gridsafe
