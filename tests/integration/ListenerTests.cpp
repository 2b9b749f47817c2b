// The listener keeps accepting whatever strangers do with half-open, idle or failed
// connections: handshakes are bounded in number and time, connections in all and per
// address, and a refused connection is told why.

#include "RawClient.h"
#include "TestServer.h"
#include "Wait.h"
#include "network/GridSafeServer.h"
#include "protocol/MessageType.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

std::vector<std::unique_ptr<QTcpSocket>> openPlainConnections(quint16 port, int count)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        sockets.push_back(std::move(socket));
    }
    waitUntil([&] {
        for (const auto &socket : sockets)
            if (socket->state() != QAbstractSocket::ConnectedState)
                return false;
        return true;
    });
    return sockets;
}

bool canLogIn(TestServer &server, int timeoutMs = 10000)
{
    RawClient client;
    QElapsedTimer clock;
    clock.start();
    if (!client.connectTo(server.port()))
        return false;
    return client.helloAndLogin(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan"))
           && clock.elapsed() < timeoutMs;
}

} // namespace

TEST_CASE("listener: 40 idle plain connections opened and closed together do not stop it accepting")
{
    TestServer server;
    {
        auto idle = openPlainConnections(server.port(), 40);
        spin(1000);
        for (auto &socket : idle)
            socket->abort();
    }
    spin(200);
    CHECK(canLogIn(server));
}

TEST_CASE("listener: handshakes that never start are bounded in number; the oldest gives way")
{
    ServerLimits limits;
    limits.maxHandshakes = 8;
    limits.maxHandshakesPerAddress = 8;
    TestServer server(true, std::chrono::hours(1), limits);
    auto idle = openPlainConnections(server.port(), 30);
    REQUIRE(waitUntil([&] {
        int closed = 0;
        for (const auto &socket : idle)
            closed += socket->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
        return closed >= 30 - 8;
    }));
    CHECK(server.server().handshakeCount() <= 8);
    // The newest connection always gets its chance, though strangers hold every slot.
    CHECK(canLogIn(server));
}

TEST_CASE("listener: a handshake that never starts is dropped at the handshake deadline")
{
    ServerLimits limits;
    limits.handshakeTimeout = std::chrono::milliseconds(300);
    TestServer server(true, std::chrono::hours(1), limits);
    auto idle = openPlainConnections(server.port(), 1);
    REQUIRE(waitUntil([&] { return server.server().handshakeCount() == 1; }));
    CHECK(waitUntil([&] { return idle.front()->state() == QAbstractSocket::UnconnectedState; }, 5000));
    CHECK(server.server().handshakeCount() == 0);
}

TEST_CASE("listener: connections beyond the per-address limit are refused with too_many_connections")
{
    ServerLimits limits;
    limits.maxConnectionsPerAddress = 3;
    TestServer server(true, std::chrono::hours(1), limits);
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        REQUIRE(clients.back()->connectTo(server.port()));
    }
    REQUIRE(waitUntil([&] { return server.server().connectionCount() == 3; }));
    RawClient fourth;
    fourth.connectTo(server.port()); // encrypted, then told why and closed at once
    auto refusal = fourth.nextMessage();
    REQUIRE(refusal.has_value());
    CHECK(refusal->type == QLatin1String(msg::kError));
    CHECK(refusal->body.value(QStringLiteral("code")).toString() == QStringLiteral("too_many_connections"));
    CHECK(fourth.waitForDisconnect());
    clients.pop_back();
    REQUIRE(waitUntil([&] { return server.server().connectionCount() == 2; }));
    CHECK(canLogIn(server));
}

TEST_CASE("listener: TLS 1.2 is offered only with forward-secret AEAD suites, never CBC")
{
    TestServer server;
    const auto handshakeWith = [&](const char *cipherName) {
        QSslSocket client;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2);
        tls.setCiphers({QSslCipher(QString::fromLatin1(cipherName))});
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        client.setSslConfiguration(tls);
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        waitUntil(
            [&] { return client.isEncrypted() || client.state() == QAbstractSocket::UnconnectedState; });
        return client.isEncrypted();
    };
    CHECK(handshakeWith("ECDHE-ECDSA-AES128-GCM-SHA256"));
    CHECK_FALSE(handshakeWith("ECDHE-ECDSA-AES128-SHA"));
    CHECK_FALSE(handshakeWith("ECDHE-ECDSA-AES256-SHA384"));
}

TEST_CASE("listener: refusals being told why are bounded too; past the bound a refusal is a plain close")
{
    ServerLimits limits;
    limits.maxConnectionsPerAddress = 1;
    limits.maxRefusalsClosing = 0;
    TestServer server(true, std::chrono::hours(1), limits);
    RawClient first;
    REQUIRE(first.connectTo(server.port()));
    REQUIRE(waitUntil([&] { return server.server().connectionCount() == 1; }));
    RawClient second;
    second.connectTo(server.port());
    REQUIRE(second.waitForDisconnect());
    CHECK_FALSE(second.nextMessage(0).has_value()); // closed without the too_many_connections frame
    // The connection within the limit is untouched.
    CHECK(first.helloAndLogin(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
}
