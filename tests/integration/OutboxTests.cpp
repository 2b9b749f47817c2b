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
#include <QDir>
#include <QTemporaryDir>
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

TEST_CASE("outbox: a change built on a queued one waits for it and takes its grid id and revision")
{
    QTemporaryDir dir;
    auto replica = Replica::open(QDir(dir.path()).filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(replica.ok());
    Outbox outbox(replica.value()->sql());
    auto create = outbox.enqueue(QStringLiteral("grid.create"),
                                 {{QStringLiteral("name"), QStringLiteral("甲")}}, QStringLiteral("create"));
    REQUIRE(create.ok());
    const QCborMap edit{{QStringLiteral("gridId"), -1},
                        {QStringLiteral("revision"), 0},
                        {QStringLiteral("name"), QStringLiteral("乙")}};
    auto rename =
        outbox.enqueue(QStringLiteral("grid.update"), edit, QStringLiteral("rename"), create.value());
    REQUIRE(rename.ok());
    auto again = outbox.enqueue(QStringLiteral("grid.update"), edit, QStringLiteral("again"), rename.value());
    REQUIRE(again.ok());
    // Only the create can go; the edits wait for their results.
    CHECK(outbox.nextPending()->commandId == create.value());

    REQUIRE(
        outbox.markApplied(create.value(), {{QStringLiteral("gridId"), 41}, {QStringLiteral("revision"), 1}})
            .ok());
    std::optional<OutboxEntry> next = outbox.nextPending();
    REQUIRE(next);
    CHECK(next->commandId == rename.value());
    CHECK(next->args.value(QStringLiteral("gridId")).toInteger() == 41);
    CHECK(next->args.value(QStringLiteral("revision")).toInteger() == 1);
    CHECK(next->args.value(QStringLiteral("name")).toString() == QStringLiteral("乙"));
    CHECK_FALSE(next->args.contains(QStringLiteral("townId"))); // only keys it already had

    REQUIRE(
        outbox.markApplied(rename.value(), {{QStringLiteral("gridId"), 41}, {QStringLiteral("revision"), 2}})
            .ok());
    next = outbox.nextPending();
    REQUIRE(next);
    CHECK(next->commandId == again.value());
    CHECK(next->args.value(QStringLiteral("revision")).toInteger() == 2);

    // Built on one applied a moment ago (its reply came while the dialog was open): at once.
    auto late = outbox.enqueue(QStringLiteral("grid.update"), edit, QStringLiteral("late"), rename.value());
    REQUIRE(late.ok());
    CHECK(outbox.entry(late.value())->buildsOn.isEmpty());
    CHECK(outbox.entry(late.value())->args.value(QStringLiteral("revision")).toInteger() == 2);
}

TEST_CASE("outbox: discarding a refused change discards the changes built on it, and nothing else")
{
    QTemporaryDir dir;
    auto replica = Replica::open(QDir(dir.path()).filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(replica.ok());
    Outbox outbox(replica.value()->sql());
    auto base = outbox.enqueue(QStringLiteral("grid.create"), {}, QStringLiteral("base"));
    auto built = outbox.enqueue(QStringLiteral("grid.update"), {}, QStringLiteral("built"), base.value());
    auto further =
        outbox.enqueue(QStringLiteral("grid.update"), {}, QStringLiteral("further"), built.value());
    auto other = outbox.enqueue(QStringLiteral("grid.create"), {}, QStringLiteral("other"));
    REQUIRE((base.ok() && built.ok() && further.ok() && other.ok()));
    REQUIRE(outbox.markRejected(base.value(), makeError(ErrorCode::Invalid, QStringLiteral("no"))).ok());
    // The refused one holds back what is built on it, not the others.
    CHECK(outbox.nextPending()->commandId == other.value());
    CHECK(outbox.dependents(base.value()).size() == 2);

    auto removed = outbox.removeWithDependents(base.value());
    REQUIRE(removed.ok());
    CHECK(removed.value() == 3);
    REQUIRE(outbox.entries().size() == 1);
    CHECK(outbox.entries().first().commandId == other.value());
}

TEST_CASE("outbox: a refused change corrected by the user keeps its place and what is built on it follows")
{
    QTemporaryDir dir;
    auto replica = Replica::open(QDir(dir.path()).filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(replica.ok());
    Outbox outbox(replica.value()->sql());
    auto base = outbox.enqueue(QStringLiteral("grid.create"),
                               {{QStringLiteral("name"), QStringLiteral("重名")}}, QStringLiteral("base"));
    auto built = outbox.enqueue(QStringLiteral("grid.update"), {}, QStringLiteral("built"), base.value());
    REQUIRE((base.ok() && built.ok()));
    REQUIRE(outbox.markRejected(base.value(), makeError(ErrorCode::Invalid, QStringLiteral("taken"))).ok());
    auto corrected = outbox.replaceRejected(base.value(), {{QStringLiteral("name"), QStringLiteral("新名")}},
                                            QStringLiteral("corrected"));
    REQUIRE(corrected.ok());
    CHECK(corrected.value() != base.value()); // the refused id is never sent again
    const QList<OutboxEntry> entries = outbox.entries();
    REQUIRE(entries.size() == 2);
    CHECK(entries.first().commandId == corrected.value());
    CHECK(entries.first().state == OutboxEntry::State::Pending);
    CHECK(entries.first().args.value(QStringLiteral("name")).toString() == QStringLiteral("新名"));
    CHECK(entries.last().buildsOn == corrected.value());
    // Only a refused change can be corrected this way.
    CHECK_FALSE(outbox.replaceRejected(corrected.value(), {}, QStringLiteral("again")).ok());
}
