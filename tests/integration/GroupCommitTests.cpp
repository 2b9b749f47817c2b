// Group commit (CommandWriter): commands from many connections share one transaction and
// one durable COMMIT; a refused command is undone alone; nothing is answered before the
// COMMIT; a command id sent twice in one batch is applied once.

#include "RawClient.h"
#include "TestServer.h"
#include "Wait.h"
#include "commands/CommandWriter.h"
#include "network/GridSafeServer.h"
#include "protocol/MessageType.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QUuid>

#include <memory>
#include <vector>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

QCborMap gridCreate(const QString &commandId, qint64 town, qint64 village, const QString &name)
{
    return {{QStringLiteral("commandId"), commandId},
            {QStringLiteral("name"), QStringLiteral("grid.create")},
            // The grids share the village, each covering its own part of it.
            {QStringLiteral("args"), QCborMap{{QStringLiteral("townId"), town},
                                              {QStringLiteral("name"), name},
                                              {QStringLiteral("areaIds"), QCborArray{village}},
                                              {QStringLiteral("part"), name}}}};
}

QString newCommandId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::vector<std::unique_ptr<RawClient>> operatorsOfYaoguan(TestServer &server, int count)
{
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < count; ++i) {
        auto client = std::make_unique<RawClient>();
        REQUIRE(client->connectTo(server.port()));
        REQUIRE(client->helloAndLogin(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
        clients.push_back(std::move(client));
    }
    return clients;
}

QString errorCode(const std::optional<Message> &message)
{
    if (!message || message->type != QLatin1String(msg::kError))
        return {};
    return message->body.value(QStringLiteral("code")).toString();
}

} // namespace

TEST_CASE(
    "group commit: commands of many connections share one batch, and a refused one leaves the others applied")
{
    TestServer server;
    const qint64 town = server.regionId(QStringLiteral("遥观镇"));
    const qint64 village = server.regionId(QStringLiteral("建农村"));
    auto clients = operatorsOfYaoguan(server, 10);
    CommandWriter &writer = server.server().writer();
    const qint64 batchesBefore = writer.batchesCommitted();

    writer.hold();
    std::vector<quint64> requests;
    for (int i = 0; i < 10; ++i) {
        // The fifth has no name: refused as invalid, inside the same batch as the others.
        const QString name = i == 4 ? QString() : QStringLiteral("批次网格%1").arg(i);
        requests.push_back(clients[std::size_t(i)]->sendRequest(
            QString::fromLatin1(msg::kCommand), gridCreate(newCommandId(), town, village, name)));
    }
    REQUIRE(waitUntil([&writer] { return writer.queuedCount() == 10; }));
    // Nothing is answered while the batch is not written.
    CHECK_FALSE(clients[0]->nextMessage(100));
    writer.release();

    for (int i = 0; i < 10; ++i) {
        const std::optional<Message> answer = clients[std::size_t(i)]->replyTo(requests[std::size_t(i)]);
        REQUIRE(answer);
        INFO(answer->body.value(QStringLiteral("message")).toString().toStdString());
        if (i == 4) {
            CHECK(errorCode(answer) == QStringLiteral("invalid"));
        } else {
            CHECK(answer->type == QLatin1String(msg::kReply));
            CHECK(server.hasGrid(QStringLiteral("批次网格%1").arg(i)));
        }
    }
    CHECK(writer.batchesCommitted() == batchesBefore + 1);
}

TEST_CASE("group commit: a command id sent twice in one batch is applied once and answered as a replay")
{
    TestServer server;
    const qint64 town = server.regionId(QStringLiteral("遥观镇"));
    const qint64 village = server.regionId(QStringLiteral("建农村"));
    auto clients = operatorsOfYaoguan(server, 2);
    CommandWriter &writer = server.server().writer();

    // The same user's outbox resent on a second window after a lost reply.
    const QCborMap command = gridCreate(newCommandId(), town, village, QStringLiteral("重发网格"));
    writer.hold();
    const quint64 first = clients[0]->sendRequest(QString::fromLatin1(msg::kCommand), command);
    REQUIRE(waitUntil([&writer] { return writer.queuedCount() == 1; }));
    const quint64 second = clients[1]->sendRequest(QString::fromLatin1(msg::kCommand), command);
    REQUIRE(waitUntil([&writer] { return writer.queuedCount() == 2; }));
    writer.release();

    const std::optional<Message> applied = clients[0]->replyTo(first);
    const std::optional<Message> replayed = clients[1]->replyTo(second);
    REQUIRE(applied);
    REQUIRE(replayed);
    REQUIRE(applied->type == QLatin1String(msg::kReply));
    REQUIRE(replayed->type == QLatin1String(msg::kReply));
    CHECK_FALSE(applied->body.value(QStringLiteral("replayed")).toBool());
    CHECK(replayed->body.value(QStringLiteral("replayed")).toBool());
    const auto gridId = [](const Message &m) {
        return m.body.value(QStringLiteral("result")).toMap().value(QStringLiteral("gridId")).toInteger();
    };
    CHECK(gridId(*replayed) == gridId(*applied));
}

TEST_CASE("group commit: a connection's next request waits until its command is answered")
{
    TestServer server;
    const qint64 town = server.regionId(QStringLiteral("遥观镇"));
    const qint64 village = server.regionId(QStringLiteral("建农村"));
    auto clients = operatorsOfYaoguan(server, 1);
    RawClient &client = *clients[0];
    CommandWriter &writer = server.server().writer();

    writer.hold();
    const quint64 command =
        client.sendRequest(QString::fromLatin1(msg::kCommand),
                           gridCreate(newCommandId(), town, village, QStringLiteral("先写后读")));
    const quint64 ping = client.sendRequest(QString::fromLatin1(msg::kPing), {});
    REQUIRE(waitUntil([&writer] { return writer.queuedCount() == 1; }));
    // The ping behind the command is not answered before it: replies keep the requests' order.
    CHECK_FALSE(client.nextMessage(100));
    writer.release();
    const std::optional<Message> first = client.nextMessage();
    REQUIRE(first);
    CHECK(first->id == command);
    const std::optional<Message> second = client.replyTo(ping);
    REQUIRE(second);
    CHECK(second->type == QLatin1String(msg::kReply));
}
