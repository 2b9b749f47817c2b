// The outbox never lets one command block the others: what can never be sent is refused
// when it is made, or set aside when it is found, and the commands behind it still go.

#include "SessionHelpers.h"
#include "TestServer.h"
#include "Wait.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QDateTime>
#include <QUuid>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

QCborMap gridArgs(TestServer &server, const QString &name)
{
    QCborMap args;
    args.insert(QStringLiteral("townId"), server.regionId(QStringLiteral("遥观镇")));
    args.insert(QStringLiteral("name"), name);
    args.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(QStringLiteral("建农村"))});
    return args;
}

} // namespace

TEST_CASE("outbox: a change too large for any frame is refused at once and queues nothing")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    QCborMap args = gridArgs(server, QStringLiteral("巨型网格"));
    args.insert(QStringLiteral("note"), QString(3 * 1024 * 1024, QChar(0x7f51))); // 9 MiB of UTF-8
    auto queued =
        client.session().submit(QString::fromLatin1(cmd::kGridCreate), args, QStringLiteral("巨型网格"));
    REQUIRE_FALSE(queued.ok());
    CHECK(queued.error().code == ErrorCode::TooLarge);
    CHECK(client.session().outbox()->pendingCount() == 0);
    CHECK(client.session().outbox()->rejectedCount() == 0);
}

TEST_CASE("outbox: a queued command too large for the server is set aside and the ones behind it go")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    // As an older version (or one talking to a server with a higher cap) might have queued it.
    QCborMap huge = gridArgs(server, QStringLiteral("旧版巨型网格"));
    huge.insert(QStringLiteral("note"), QString(3 * 1024 * 1024, QChar(0x7f51)));
    const QString hugeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    REQUIRE(execSql(client.session().replica()->sql(),
                    QStringLiteral("INSERT INTO outbox (command_id, name, args, summary, state, created_at) "
                                   "VALUES (:id, :name, :args, 'huge', 'pending', :at)"),
                    {{QStringLiteral("id"), hugeId},
                     {QStringLiteral("name"), QString::fromLatin1(cmd::kGridCreate)},
                     {QStringLiteral("args"), huge.toCborValue().toCbor()},
                     {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                .ok());
    auto normal =
        client.session().submit(QString::fromLatin1(cmd::kGridCreate),
                                gridArgs(server, QStringLiteral("正常网格")), QStringLiteral("正常网格"));
    REQUIRE(normal.ok());
    REQUIRE(waitUntil([&] { return client.applied.contains(normal.value()); }));
    REQUIRE(client.rejected.contains(hugeId));
    CHECK(client.rejected.value(hugeId).code == ErrorCode::TooLarge);
    CHECK(client.session().outbox()->pendingCount() == 0);
    CHECK(client.session().outbox()->rejectedCount() == 1);
}
