#include "RawClient.h"
#include "ServerCore.h"
#include "SessionHelpers.h"
#include "TestServer.h"
#include "Wait.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "grids/GridRepository.h"
#include "protocol/MessageType.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"
#include "sync/ChangeFeed.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QDir>
#include <QUuid>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

QCborMap newGrid(TestServer &server, const QString &name, const QString &town = QStringLiteral("遥观镇"),
                 const QString &village = QStringLiteral("建农村"))
{
    QCborMap args;
    args.insert(QStringLiteral("townId"), server.regionId(town));
    args.insert(QStringLiteral("name"), name);
    args.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(village)});
    args.insert(QStringLiteral("part"), QStringLiteral("测试片区")); // several grids share the village
    return args;
}

// The grids the server holds for a town, as the replica should hold them.
QList<Grid> serverGrids(TestServer &server, const QString &town)
{
    return GridRepository(server.core().database().sql()).inTown(server.regionId(town)).value();
}

void requireSameGrids(const QList<Grid> &expected, const QList<Grid> &actual)
{
    REQUIRE(expected.size() == actual.size());
    for (const Grid &grid : expected) {
        auto match =
            std::find_if(actual.begin(), actual.end(), [&](const Grid &g) { return g.id == grid.id; });
        REQUIRE(match != actual.end());
        CHECK(match->name == grid.name);
        CHECK(match->revision == grid.revision);
        CHECK(match->status == grid.status);
        CHECK(match->areaIds == grid.areaIds);
    }
}

// `count` grids of 遥观镇 named prefix0, prefix1, …, made by its operator over the network.
void createGridsAsOperator(TestServer &server, const QString &prefix, int count)
{
    TestClient operatorClient(server);
    REQUIRE(operatorClient.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    for (int i = 0; i < count; ++i)
        REQUIRE(operatorClient.runCommand(QString::fromLatin1(cmd::kGridCreate),
                                          newGrid(server, prefix + QString::number(i))));
}

} // namespace

TEST_CASE("replica: after login the replica holds exactly the town's grids the server holds")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    const qint64 town = server.regionId(QStringLiteral("遥观镇"));
    requireSameGrids(serverGrids(server, QStringLiteral("遥观镇")), client.session().replica()->grids(town));
    CHECK(client.session().replica()->grids(server.regionId(QStringLiteral("横林镇"))).isEmpty());
    CHECK_FALSE(client.session().replica()->region(server.regionId(QStringLiteral("崔桥村"))).has_value());
}

TEST_CASE("replica: another user's change reaches a connected replica through the changed note")
{
    TestServer server;
    TestClient reviewer(server);
    REQUIRE(reviewer.login(QStringLiteral("reviewer"), QStringLiteral("gridsafe-review")));
    TestClient operatorClient(server);
    REQUIRE(operatorClient.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    auto created = operatorClient.runCommand(QString::fromLatin1(cmd::kGridCreate),
                                             newGrid(server, QStringLiteral("推送网格")));
    REQUIRE(created.has_value());
    const qint64 gridId = created->value(QStringLiteral("gridId")).toInteger();
    // The reviewer did nothing: the note alone makes its replica pull the new grid.
    CHECK(waitUntil([&] { return reviewer.session().replica()->grid(gridId).has_value(); }));
    requireSameGrids(serverGrids(server, QStringLiteral("遥观镇")),
                     reviewer.session().replica()->grids(server.regionId(QStringLiteral("遥观镇"))));
}

TEST_CASE("replica: a client that was away catches up in pages and equals the server")
{
    TestServer server;
    createGridsAsOperator(server, QStringLiteral("批量网格"), 25);
    TestClient late(server);
    // Pages of 10 rows: the demo district and the 25 new grids take many pages.
    late.session().setSyncPageSize(10);
    int pages = 0;
    QObject::connect(&late.session(), &ClientSession::syncProgress, [&](qint64, qint64) { ++pages; });
    REQUIRE(late.login(QStringLiteral("reviewer"), QStringLiteral("gridsafe-review")));
    const qint64 rows = scalarSql(server.core().database().sql(),
                                  QStringLiteral("SELECT COUNT(*) FROM changes WHERE exited = 0"))
                            ->toLongLong();
    CHECK(pages >= rows / 10);
    for (const QString &town :
         {QStringLiteral("遥观镇"), QStringLiteral("横林镇"), QStringLiteral("横山桥镇")})
        requireSameGrids(serverGrids(server, town), late.session().replica()->grids(server.regionId(town)));
}

TEST_CASE("replica: a first sync cut off mid-way resumes after the last page written and equals the server")
{
    TestServer server;
    createGridsAsOperator(server, QStringLiteral("续传网格"), 25);
    const qint64 head = server.core().changes().head().value();
    TestClient late(server);
    late.session().setSyncPageSize(10);
    // The link is cut while a page is written and the next one has been asked for.
    bool cut = false;
    QObject::connect(&late.session(), &ClientSession::syncProgress, [&](qint64 done, qint64) {
        if (!cut && done > 40) {
            cut = true;
            server.stop();
        }
    });
    late.session().login(server.address(), QStringLiteral("reviewer"), QStringLiteral("gridsafe-review"));
    REQUIRE(waitUntil([&] { return cut; }));
    REQUIRE(waitUntil([&] { return late.session().linkState() == ClientSession::LinkState::Offline; }));
    const qint64 written = late.session().replica()->lastSeq();
    CHECK(written > 0);
    CHECK(written < head);
    server.restart();
    // The client reconnects by itself and pulls on from the page it had written.
    REQUIRE(waitUntil([&] { return late.session().replica()->lastSeq() >= head; }, 30000));
    for (const QString &town :
         {QStringLiteral("遥观镇"), QStringLiteral("横林镇"), QStringLiteral("横山桥镇")})
        requireSameGrids(serverGrids(server, town), late.session().replica()->grids(server.regionId(town)));
}

TEST_CASE("idempotency over the network: a command resent with the same id is applied once")
{
    TestServer server;
    RawClient raw;
    REQUIRE(raw.connectTo(server.port()));
    REQUIRE(raw.helloAndLogin(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    QCborMap body;
    body.insert(QStringLiteral("commandId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    body.insert(QStringLiteral("name"), QString::fromLatin1(cmd::kGridCreate));
    body.insert(QStringLiteral("args"), newGrid(server, QStringLiteral("只建一次")));
    auto first = raw.request(QString::fromLatin1(msg::kCommand), body);
    auto second = raw.request(QString::fromLatin1(msg::kCommand), body);
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    REQUIRE(first->type == QLatin1String(msg::kReply));
    REQUIRE(second->type == QLatin1String(msg::kReply));
    CHECK_FALSE(first->body.value(QStringLiteral("replayed")).toBool());
    CHECK(second->body.value(QStringLiteral("replayed")).toBool());
    CHECK(second->body.value(QStringLiteral("result")) == first->body.value(QStringLiteral("result")));
    CHECK(second->body.value(QStringLiteral("head")).toInteger()
          >= first->body.value(QStringLiteral("head")).toInteger());
    int named = 0;
    for (const Grid &grid : serverGrids(server, QStringLiteral("遥观镇")))
        named += grid.name == QStringLiteral("只建一次");
    CHECK(named == 1);
}

TEST_CASE("outbox: commands made while the server is unreachable are kept and sent after reconnecting")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    server.stop();
    REQUIRE(waitUntil([&] { return client.session().linkState() == ClientSession::LinkState::Offline; }));
    int attempts = 0;
    QObject::connect(&client.session(), &ClientSession::linkStateChanged,
                     [&](ClientSession::LinkState state) {
                         attempts += state == ClientSession::LinkState::Connecting ? 1 : 0;
                     });
    auto queued =
        client.session().submit(QString::fromLatin1(cmd::kGridCreate),
                                newGrid(server, QStringLiteral("离线网格")), QStringLiteral("离线网格"));
    REQUIRE(queued.ok());
    // A reconnect attempt has come and failed: the command is still there, waiting.
    REQUIRE(waitUntil(
        [&] { return attempts >= 1 && client.session().linkState() == ClientSession::LinkState::Offline; }));
    CHECK(client.session().outbox()->pendingCount() == 1);
    server.restart();
    REQUIRE(waitUntil([&] { return client.applied.contains(queued.value()); }, 15000));
    CHECK(client.session().outbox()->pendingCount() == 0);
    const qint64 gridId = client.applied.value(queued.value()).value(QStringLiteral("gridId")).toInteger();
    CHECK(waitUntil([&] { return client.session().replica()->grid(gridId).has_value(); }));
}

TEST_CASE("replica: after the server is restored from a backup, replicas start again and match it")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    const QString backup = QDir(server.dataDir()).filePath(QStringLiteral("before.sqlite"));
    REQUIRE(server.core().database().backupTo(backup).ok());
    auto lost = client.runCommand(QString::fromLatin1(cmd::kGridCreate),
                                  newGrid(server, QStringLiteral("备份后的网格")));
    REQUIRE(lost.has_value());
    const qint64 lostId = lost->value(QStringLiteral("gridId")).toInteger();
    REQUIRE(waitUntil([&] { return client.session().replica()->grid(lostId).has_value(); }));

    server.restoreFrom(backup);
    // The client reconnects by itself, sees a new database id and reloads.
    REQUIRE(waitUntil([&] { return !client.session().replica()->grid(lostId).has_value(); }, 15000));
    REQUIRE(waitUntil(
        [&] { return !client.session().isSyncing() && client.session().replica()->lastSeq() > 0; }));
    requireSameGrids(serverGrids(server, QStringLiteral("遥观镇")),
                     client.session().replica()->grids(server.regionId(QStringLiteral("遥观镇"))));
}
