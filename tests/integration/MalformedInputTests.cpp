// Bad input on the wire gets an error reply or a closed connection, never a crash, and the
// server keeps serving everyone else.

#include "RawClient.h"
#include "TestServer.h"
#include "Wait.h"
#include "protocol/MessageType.h"
#include "protocol/ProtocolConstants.h"

#include <catch2/catch.hpp>

#include <QTcpSocket>
#include <QtEndian>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

QByteArray header(quint32 length)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, bytes.data());
    return bytes;
}

QString errorCode(const std::optional<Message> &message)
{
    if (!message || message->type != QLatin1String(msg::kError))
        return {};
    return message->body.value(QStringLiteral("code")).toString();
}

void requireServerStillServes(TestServer &server)
{
    RawClient healthy;
    REQUIRE(healthy.connectTo(server.port()));
    REQUIRE(healthy.helloAndLogin(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
}

QCborMap hello()
{
    QCborMap body;
    body.insert(QStringLiteral("protocol"), kProtocolVersion);
    return body;
}

} // namespace

TEST_CASE("malformed input: a frame declaring 4 GiB is refused at once and the connection closed")
{
    TestServer server;
    RawClient attacker;
    REQUIRE(attacker.connectTo(server.port()));
    attacker.sendBytes(header(0xFFFFFFFFu));
    CHECK(errorCode(attacker.nextMessage()) == QStringLiteral("frame_too_large"));
    CHECK(attacker.waitForDisconnect());
    requireServerStillServes(server);
}

TEST_CASE("malformed input: before login even a 1 MiB frame is too large")
{
    TestServer server;
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    client.sendBytes(header(1024 * 1024));
    CHECK(errorCode(client.nextMessage()) == QStringLiteral("frame_too_large"));
    CHECK(client.waitForDisconnect());
}

TEST_CASE("malformed input: bytes that are not CBOR get bad_cbor and a closed connection")
{
    TestServer server;
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    const QByteArray garbage("\xff\xfe\xfd\x1c\x00garbage", 12);
    client.sendBytes(header(quint32(garbage.size())) + garbage);
    CHECK(errorCode(client.nextMessage()) == QStringLiteral("bad_cbor"));
    CHECK(client.waitForDisconnect());
    requireServerStillServes(server);
}

TEST_CASE("malformed input: a truncated frame and a vanished client leave the server serving")
{
    TestServer server;
    {
        RawClient client;
        REQUIRE(client.connectTo(server.port()));
        const QByteArray frame = Message{1, 1, QStringLiteral("hello"), hello()}.toFrame();
        client.sendBytes(frame.left(frame.size() / 2));
        spin(100);
    } // the client disappears mid-frame
    requireServerStillServes(server);
}

TEST_CASE("malformed input: wrong field types get bad_message and the connection stays usable")
{
    TestServer server;
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    QCborMap wrong;
    wrong.insert(QStringLiteral("protocol"), QStringLiteral("one"));
    auto reply = client.request(QString::fromLatin1(msg::kHello), wrong);
    CHECK(errorCode(reply) == QStringLiteral("bad_message"));
    CHECK(reply->body.value(QStringLiteral("message")).toString().contains(QStringLiteral("protocol")));
    auto good = client.request(QString::fromLatin1(msg::kHello), hello());
    REQUIRE(good.has_value());
    CHECK(good->type == QLatin1String(msg::kReply));
}

TEST_CASE("malformed input: an unknown message type gets unknown_type")
{
    TestServer server;
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    CHECK(errorCode(client.request(QStringLiteral("grid.dropAll"), {})) == QStringLiteral("unknown_type"));
    CHECK(client.isConnected());
}

TEST_CASE("malformed input: requests before hello or before login are refused with their own codes")
{
    TestServer server;
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    QCborMap pull;
    pull.insert(QStringLiteral("since"), 0);
    CHECK(errorCode(client.request(QString::fromLatin1(msg::kPull), pull))
          == QStringLiteral("hello_required"));
    REQUIRE(client.request(QString::fromLatin1(msg::kHello), hello()).has_value());
    CHECK(errorCode(client.request(QString::fromLatin1(msg::kPull), pull))
          == QStringLiteral("auth_required"));
    CHECK(errorCode(client.request(QString::fromLatin1(msg::kCommand), {}))
          == QStringLiteral("auth_required"));
}

TEST_CASE("malformed input: a client speaking another protocol version gets a clear error, not a hang")
{
    TestServer server;
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    QCborMap future;
    future.insert(QStringLiteral("protocol"), 99);
    auto reply = client.request(QString::fromLatin1(msg::kHello), future);
    CHECK(errorCode(reply) == QStringLiteral("protocol_mismatch"));
    CHECK(reply->body.value(QStringLiteral("message")).toString().contains(QStringLiteral("99")));
    CHECK(client.waitForDisconnect());
}

TEST_CASE("malformed input: garbage instead of a TLS handshake costs only that connection")
{
    TestServer server;
    QTcpSocket plain;
    plain.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(plain.waitForConnected(5000));
    plain.write(QByteArray(4096, '\x17'));
    plain.flush();
    CHECK(waitUntil([&] { return plain.state() == QAbstractSocket::UnconnectedState; }));
    requireServerStillServes(server);
}
