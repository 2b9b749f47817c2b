#include "ServerFixture.h"
#include "domain/CommandName.h"
#include "grids/GridRepository.h"
#include "sql/SqlRunner.h"
#include "sync/ChangeFeed.h"

#include <catch2/catch.hpp>

#include <QCborArray>

#include <atomic>
#include <latch>
#include <thread>

using namespace gridsafe;

namespace {

const QString kCreate = QString::fromLatin1(cmd::kGridCreate);
const QString kUpdate = QString::fromLatin1(cmd::kGridUpdate);
const QString kRetire = QString::fromLatin1(cmd::kGridRetire);
const QString kRestore = QString::fromLatin1(cmd::kGridRestore);
const QString kOperator = QStringLiteral("yaoguan");

QCborMap createArgs(test::ServerFixture &f, const QString &name, const QStringList &areas,
                    const QString &town = QStringLiteral("遥观镇"))
{
    QCborArray ids;
    for (const QString &area : areas)
        ids.append(f.regionId(area));
    QCborMap args;
    args.insert(QStringLiteral("townId"), f.regionId(town));
    args.insert(QStringLiteral("name"), name);
    args.insert(QStringLiteral("areaIds"), ids);
    // Tests create many grids over the same villages: each says which part it covers.
    args.insert(QStringLiteral("part"), QStringLiteral("测试片区"));
    return args;
}

// Creates a grid over 建农村 as the operator and returns its id.
qint64 createdGridId(test::ServerFixture &f, const QString &name)
{
    auto outcome = f.run(kOperator, kCreate, createArgs(f, name, {QStringLiteral("建农村")}));
    REQUIRE(outcome.ok());
    return outcome->result.value(QStringLiteral("gridId")).toInteger();
}

struct Snapshot
{
    qint64 grids, changes, audit, applied;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(test::ServerFixture &f)
{
    return {f.count(QStringLiteral("grids")), f.count(QStringLiteral("changes")),
            f.count(QStringLiteral("audit_log")), f.count(QStringLiteral("applied_commands"))};
}

} // namespace

TEST_CASE("grid create stores the grid with its areas and publishes it to the change feed")
{
    test::ServerFixture f;
    auto outcome =
        f.run(kOperator, kCreate, createArgs(f, QStringLiteral("  建农 网格 "), {QStringLiteral("建农村")}));
    REQUIRE(outcome.ok());
    const qint64 gridId = outcome->result.value(QStringLiteral("gridId")).toInteger();
    auto grid = GridRepository(f.db()).find(gridId);
    REQUIRE(grid.value().has_value());
    CHECK(grid.value()->name == QStringLiteral("建农 网格"));
    CHECK(grid.value()->areaIds == QList<qint64>{f.regionId(QStringLiteral("建农村"))});
    CHECK(outcome->touchedScopes.contains(f.regionId(QStringLiteral("遥观镇"))));
    CHECK(outcome->head > 0);
}

TEST_CASE("grid create refuses bad input with a specific error and leaves the data as it was")
{
    test::ServerFixture f;
    const Snapshot before = snapshot(f);

    SECTION("an empty name")
    {
        auto outcome =
            f.run(kOperator, kCreate, createArgs(f, QStringLiteral("   "), {QStringLiteral("建农村")}));
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().code == ErrorCode::Invalid);
    }
    SECTION("a name already used by an active grid of the town")
    {
        auto outcome = f.run(kOperator, kCreate,
                             createArgs(f, QStringLiteral("渔庄村网格"), {QStringLiteral("渔庄村")}));
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().code == ErrorCode::Invalid);
        CHECK(outcome.error().message.contains(QStringLiteral("渔庄村网格")));
    }
    SECTION("no area")
    {
        auto outcome = f.run(kOperator, kCreate, createArgs(f, QStringLiteral("空网格"), {}));
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().code == ErrorCode::Invalid);
    }
    SECTION("an area of another town")
    {
        auto outcome =
            f.run(kOperator, kCreate, createArgs(f, QStringLiteral("越界网格"), {QStringLiteral("崔桥村")}));
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().code == ErrorCode::Invalid);
        // Named by id only: another town's village names are not revealed.
        CHECK(outcome.error().message.contains(QString::number(f.regionId(QStringLiteral("崔桥村")))));
        CHECK_FALSE(outcome.error().message.contains(QStringLiteral("崔桥村")));
    }
    SECTION("a town id that is a village")
    {
        QCborMap args = createArgs(f, QStringLiteral("错位网格"), {QStringLiteral("建农村")});
        args.insert(QStringLiteral("townId"), f.regionId(QStringLiteral("建农村")));
        auto outcome = f.run(kOperator, kCreate, args);
        REQUIRE_FALSE(outcome.ok());
    }
    SECTION("a field of the wrong type")
    {
        QCborMap args = createArgs(f, QStringLiteral("类型网格"), {QStringLiteral("建农村")});
        args.insert(QStringLiteral("areaIds"), QStringLiteral("建农村"));
        auto outcome = f.run(kOperator, kCreate, args);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().code == ErrorCode::BadMessage);
        CHECK(outcome.error().message.contains(QStringLiteral("areaIds")));
    }
    CHECK(snapshot(f) == before);
}

TEST_CASE("grid update with a stale revision is a conflict and changes nothing")
{
    test::ServerFixture f;
    auto created =
        f.run(kOperator, kCreate, createArgs(f, QStringLiteral("冲突网格"), {QStringLiteral("建农村")}));
    REQUIRE(created.ok());
    const qint64 gridId = created->result.value(QStringLiteral("gridId")).toInteger();

    QCborMap rename;
    rename.insert(QStringLiteral("gridId"), gridId);
    rename.insert(QStringLiteral("revision"), 1);
    rename.insert(QStringLiteral("name"), QStringLiteral("第一次改名"));
    auto first = f.run(kOperator, kUpdate, rename);
    REQUIRE(first.ok());
    CHECK(first->result.value(QStringLiteral("revision")).toInteger() == 2);

    rename.insert(QStringLiteral("name"), QStringLiteral("基于旧版本的改名"));
    auto stale = f.run(kOperator, kUpdate, rename);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(GridRepository(f.db()).find(gridId).value()->name == QStringLiteral("第一次改名"));
}

TEST_CASE("grid update replaces the covered areas")
{
    test::ServerFixture f;
    const qint64 gridId = createdGridId(f, QStringLiteral("调整网格"));
    QCborMap update;
    update.insert(QStringLiteral("gridId"), gridId);
    update.insert(QStringLiteral("revision"), 1);
    update.insert(QStringLiteral("areaIds"),
                  QCborArray{f.regionId(QStringLiteral("通济村")), f.regionId(QStringLiteral("东村村"))});
    REQUIRE(f.run(kOperator, kUpdate, update).ok());
    auto grid = GridRepository(f.db()).find(gridId).value();
    CHECK(grid->areaIds.size() == 2);
    CHECK(grid->areaIds.contains(f.regionId(QStringLiteral("通济村"))));
    CHECK_FALSE(grid->areaIds.contains(f.regionId(QStringLiteral("建农村"))));
}

TEST_CASE("grid retire needs a reason, and a retired grid can no longer be edited")
{
    test::ServerFixture f;
    const qint64 gridId = createdGridId(f, QStringLiteral("撤销网格"));
    QCborMap retire;
    retire.insert(QStringLiteral("gridId"), gridId);
    retire.insert(QStringLiteral("revision"), 1);
    retire.insert(QStringLiteral("reason"), QStringLiteral("  "));
    CHECK(f.run(kOperator, kRetire, retire).error().code == ErrorCode::Invalid);

    retire.insert(QStringLiteral("reason"), QStringLiteral("并入建农村网格"));
    REQUIRE(f.run(kOperator, kRetire, retire).ok());
    auto grid = GridRepository(f.db()).find(gridId).value();
    CHECK(grid->status == Grid::Status::Retired);
    CHECK(grid->retireReason == QStringLiteral("并入建农村网格"));

    QCborMap rename;
    rename.insert(QStringLiteral("gridId"), gridId);
    rename.insert(QStringLiteral("revision"), grid->revision);
    rename.insert(QStringLiteral("name"), QStringLiteral("复活"));
    CHECK(f.run(kOperator, kUpdate, rename).error().code == ErrorCode::Conflict);

    // Its name is free again for a new grid.
    CHECK(f.run(kOperator, kCreate, createArgs(f, QStringLiteral("撤销网格"), {QStringLiteral("建农村")}))
              .ok());
}

TEST_CASE("grid restore brings a retired grid back into use, with a reason, unless its name was taken")
{
    test::ServerFixture f;
    const qint64 gridId = createdGridId(f, QStringLiteral("恢复网格"));
    QCborMap restore;
    restore.insert(QStringLiteral("gridId"), gridId);
    restore.insert(QStringLiteral("revision"), 1);
    restore.insert(QStringLiteral("reason"), QStringLiteral("误撤销"));
    // An active grid is not restored.
    CHECK(f.run(kOperator, kRestore, restore).error().code == ErrorCode::Conflict);

    QCborMap retire = restore;
    retire.insert(QStringLiteral("reason"), QStringLiteral("并入其他网格"));
    REQUIRE(f.run(kOperator, kRetire, retire).ok());
    restore.insert(QStringLiteral("revision"), 2);
    restore.insert(QStringLiteral("reason"), QStringLiteral(" "));
    const Snapshot before = snapshot(f);
    CHECK(f.run(kOperator, kRestore, restore).error().code == ErrorCode::Invalid);
    // Another town's operator and an inspector may not.
    restore.insert(QStringLiteral("reason"), QStringLiteral("误撤销"));
    CHECK(f.run(QStringLiteral("henglin"), kRestore, restore).error().code == ErrorCode::Forbidden);
    CHECK(f.run(QStringLiteral("zhangwei"), kRestore, restore).error().code == ErrorCode::Forbidden);
    CHECK(snapshot(f) == before);

    // Meanwhile a new grid took the name: the restore says which, and changes nothing.
    const qint64 other = createdGridId(f, QStringLiteral("恢复网格"));
    CHECK(f.run(kOperator, kRestore, restore).error().message.contains(QStringLiteral("恢复网格")));
    QCborMap rename;
    rename.insert(QStringLiteral("gridId"), other);
    rename.insert(QStringLiteral("revision"), 1);
    rename.insert(QStringLiteral("name"), QStringLiteral("新网格"));
    REQUIRE(f.run(kOperator, kUpdate, rename).ok());

    auto restored = f.run(kOperator, kRestore, restore);
    REQUIRE(restored.ok());
    CHECK(restored->result.value(QStringLiteral("revision")).toInteger() == 3);
    auto grid = GridRepository(f.db()).find(gridId).value();
    CHECK(grid->status == Grid::Status::Active);
    CHECK(grid->retireReason.isEmpty());
    CHECK(grid->retiredAt.isEmpty());
    CHECK(grid->areaIds == QList<qint64>{f.regionId(QStringLiteral("建农村"))});
}

TEST_CASE("a retried command id is applied once and answered with the original result")
{
    test::ServerFixture f;
    const QString commandId = test::newCommandId();
    const QCborMap args = createArgs(f, QStringLiteral("重试网格"), {QStringLiteral("建农村")});
    auto first = f.run(kOperator, kCreate, args, commandId);
    REQUIRE(first.ok());
    const Snapshot afterFirst = snapshot(f);
    auto retry = f.run(kOperator, kCreate, args, commandId);
    REQUIRE(retry.ok());
    CHECK(retry->replayed);
    CHECK(retry->result == first->result);
    CHECK(snapshot(f) == afterFirst);
}

TEST_CASE("a command id reused by another user or for another command is refused")
{
    test::ServerFixture f;
    const QString commandId = test::newCommandId();
    REQUIRE(f.run(kOperator, kCreate, createArgs(f, QStringLiteral("占用网格"), {QStringLiteral("建农村")}),
                  commandId)
                .ok());
    auto other = f.run(QStringLiteral("admin"), kCreate,
                       createArgs(f, QStringLiteral("他人网格"), {QStringLiteral("建农村")}), commandId);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::Conflict);
    auto malformed =
        f.run(kOperator, kCreate, createArgs(f, QStringLiteral("坏编号"), {QStringLiteral("建农村")}),
              QStringLiteral("not-a-uuid"));
    REQUIRE_FALSE(malformed.ok());
    CHECK(malformed.error().code == ErrorCode::BadMessage);
}

TEST_CASE("grid update treats a null name or area list as unchanged")
{
    test::ServerFixture f;
    const qint64 gridId = createdGridId(f, QStringLiteral("空值网格"));
    QCborMap update;
    update.insert(QStringLiteral("gridId"), gridId);
    update.insert(QStringLiteral("revision"), 1);
    update.insert(QStringLiteral("name"), QCborValue(nullptr));
    update.insert(QStringLiteral("areaIds"), QCborValue(nullptr));
    REQUIRE(f.run(kOperator, kUpdate, update).ok());
    auto grid = GridRepository(f.db()).find(gridId).value();
    CHECK(grid->name == QStringLiteral("空值网格"));
    CHECK(grid->areaIds == QList<qint64>{f.regionId(QStringLiteral("建农村"))});
}

TEST_CASE("grid create that fails after writing the grid leaves nothing behind")
{
    test::ServerFixture f;
    const Snapshot before = snapshot(f);
    // The grid row is written, then publishing to the change feed fails (as a full disk would).
    REQUIRE(execSql(f.db(), QStringLiteral("CREATE TRIGGER feed_fails BEFORE INSERT ON changes "
                                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END"))
                .ok());
    auto outcome =
        f.run(kOperator, kCreate, createArgs(f, QStringLiteral("半途网格"), {QStringLiteral("建农村")}));
    REQUIRE_FALSE(outcome.ok());
    CHECK(snapshot(f) == before);
    CHECK_FALSE(
        scalarSql(f.db(), QStringLiteral("SELECT COUNT(*) FROM grids WHERE name = '半途网格'"))->toBool());
}

TEST_CASE("grid create over another town's village does not name that village")
{
    test::ServerFixture f;
    const qint64 foreign = f.regionId(QStringLiteral("横林镇"));
    auto villageId = scalarSql(f.db(),
                               QStringLiteral("SELECT id FROM regions WHERE town_id = :t AND kind IN "
                                              "('village','community') LIMIT 1"),
                               {{QStringLiteral("t"), foreign}});
    REQUIRE(villageId.ok());
    const QString villageName = scalarSql(f.db(), QStringLiteral("SELECT name FROM regions WHERE id = :id"),
                                          {{QStringLiteral("id"), villageId->toLongLong()}})
                                    ->toString();
    QCborMap args = createArgs(f, QStringLiteral("越界网格"), {QStringLiteral("建农村")});
    args.insert(QStringLiteral("areaIds"), QCborArray{villageId->toLongLong()});
    auto outcome = f.run(kOperator, kCreate, args);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::Invalid);
    CHECK_FALSE(outcome.error().message.contains(villageName));
    // An id that does not exist gets the same answer, so trying ids tells nothing.
    args.insert(QStringLiteral("areaIds"), QCborArray{999999});
    auto missing = f.run(kOperator, kCreate, args);
    REQUIRE_FALSE(missing.ok());
    QString expected = outcome.error().message;
    expected.replace(QString::number(villageId->toLongLong()), QStringLiteral("999999"));
    CHECK(missing.error().message == expected);
}

TEST_CASE("a command id of the nil UUID is refused")
{
    test::ServerFixture f;
    auto outcome =
        f.run(kOperator, kCreate, createArgs(f, QStringLiteral("零号网格"), {QStringLiteral("建农村")}),
              QStringLiteral("00000000-0000-0000-0000-000000000000"));
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::BadMessage);
}

TEST_CASE("a command id sent by two writers at the same moment is applied once")
{
    test::ServerFixture f;
    const Actor actor = f.actor(kOperator);
    const QString dataDir = f.dataDir();
    constexpr int kCommands = 30;
    QStringList ids;
    for (int i = 0; i < kCommands; ++i)
        ids.append(test::newCommandId());
    const auto argsFor = [&](int i) {
        return createArgs(f, QStringLiteral("并发网格%1").arg(i), {QStringLiteral("建农村")});
    };
    QList<QCborMap> args;
    for (int i = 0; i < kCommands; ++i)
        args.append(argsFor(i));
    // A second server core on the same file (as a second process would be), in its own
    // thread; both send the same ids in the same order, starting together.
    std::latch ready(2);
    std::atomic<int> secondFailures = 0;
    std::thread second([&] {
        test::FakeClock clock;
        auto core = ServerCore::open({dataDir, std::chrono::hours(1), {}}, clock);
        ready.arrive_and_wait();
        for (int i = 0; i < kCommands; ++i)
            secondFailures +=
                core && core.value()->executor().execute(actor, ids[i], kCreate, args[i]).ok() ? 0 : 1;
    });
    ready.arrive_and_wait();
    int firstFailures = 0;
    for (int i = 0; i < kCommands; ++i)
        firstFailures += f.core().executor().execute(actor, ids[i], kCreate, args[i]).ok() ? 0 : 1;
    second.join();
    CHECK(firstFailures == 0);
    CHECK(secondFailures == 0);
    CHECK(scalarSql(f.db(), QStringLiteral("SELECT COUNT(*) FROM grids WHERE name LIKE '并发网格%'"))->toInt()
          == kCommands);
}
