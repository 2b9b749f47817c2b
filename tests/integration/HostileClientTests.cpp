// Clients that do not play by the rules: pipelining before login, never reading replies,
// stopping mid-frame, racing a login against an admin. The server holds a bounded amount
// for each and goes on serving everyone else promptly.

#include "RawClient.h"
#include "ServerCore.h"
#include "TestServer.h"
#include "Wait.h"
#include "accounts/LoginThrottle.h"
#include "accounts/PasswordHasher.h"
#include "network/GridSafeServer.h"
#include "protocol/MessageType.h"
#include "protocol/ProtocolConstants.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSslSocket>

#include <memory>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

QCborMap helloBody()
{
    QCborMap body;
    body.insert(QStringLiteral("protocol"), kProtocolVersion);
    return body;
}

QCborMap loginBody(const QString &username, const QString &password)
{
    QCborMap body;
    body.insert(QStringLiteral("username"), username);
    body.insert(QStringLiteral("password"), password);
    return body;
}

QString errorCode(const std::optional<Message> &message)
{
    if (!message || message->type != QLatin1String(msg::kError))
        return {};
    return message->body.value(QStringLiteral("code")).toString();
}

// A TLS client that writes but never reads: Qt stops taking bytes off the kernel once this
// tiny buffer is full, so the server's replies pile up on its side.
std::unique_ptr<QSslSocket> connectNonReader(quint16 port)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setReadBufferSize(4096);
    QObject::connect(socket.get(), &QSslSocket::sslErrors, socket.get(),
                     [s = socket.get()] { s->ignoreSslErrors(); });
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    waitUntil([&] { return socket->isEncrypted(); });
    return socket;
}

qint64 timedLoginMs(TestServer &server)
{
    QElapsedTimer clock;
    clock.start();
    RawClient client;
    if (!client.connectTo(server.port())
        || !client.helloAndLogin(QStringLiteral("henglin"), QStringLiteral("gridsafe-henglin")))
        return -1;
    return clock.elapsed();
}

std::vector<std::unique_ptr<RawClient>> helloedClients(TestServer &server, int count)
{
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < count; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        REQUIRE(clients.back()->connectTo(server.port()));
        REQUIRE(clients.back()->request(QString::fromLatin1(msg::kHello), helloBody()).has_value());
    }
    return clients;
}

} // namespace

TEST_CASE("back-pressure: 20,000 unread pulls keep the server's buffers bounded and a normal login prompt")
{
    TestServer server;
    auto reader = std::make_unique<RawClient>();
    REQUIRE(reader->connectTo(server.port()));
    REQUIRE(reader->helloAndLogin(QStringLiteral("reviewer"), QStringLiteral("gridsafe-review")));
    reader.reset();
    auto flooder = connectNonReader(server.port());
    REQUIRE(flooder->isEncrypted());
    QByteArray burst = Message{1, 1, QString::fromLatin1(msg::kHello), helloBody()}.toFrame()
                       + Message{1, 2, QString::fromLatin1(msg::kLogin),
                                 loginBody(QStringLiteral("reviewer"), QStringLiteral("gridsafe-review"))}
                             .toFrame();
    QCborMap pull;
    pull.insert(QStringLiteral("since"), 0);
    for (quint64 id = 3; id < 20003; ++id)
        burst += Message{1, id, QString::fromLatin1(msg::kPull), pull}.toFrame();
    flooder->write(burst);
    qint64 peak = 0;
    waitUntil(
        [&] {
            peak = std::max(peak, server.server().bufferedBytes());
            return false;
        },
        3000);
    const ServerLimits limits;
    // Backlog, one reply past it, the socket's read buffer and a frame being assembled.
    CHECK(peak < limits.replyBacklogBytes + 2 * 1024 * 1024 + limits.socketReadBufferBytes + 128 * 1024);
    const qint64 loginMs = timedLoginMs(server);
    CHECK(loginMs >= 0);
    CHECK(loginMs < 1000);
    CHECK(flooder->state() == QAbstractSocket::ConnectedState); // slowed, not cut off
}

TEST_CASE("back-pressure: a stranger who never reads is still closed at the login deadline")
{
    ServerLimits limits;
    limits.loginDeadline = std::chrono::milliseconds(500);
    limits.closeGrace = std::chrono::milliseconds(300);
    TestServer server(true, std::chrono::hours(1), limits);
    auto flooder = connectNonReader(server.port());
    REQUIRE(flooder->isEncrypted());
    QByteArray burst;
    for (quint64 id = 1; id < 50000; ++id)
        burst += Message{1, id, QString::fromLatin1(msg::kHello), helloBody()}.toFrame();
    flooder->write(burst);
    REQUIRE(waitUntil([&] { return server.server().connectionCount() == 1; }));
    qint64 peak = 0;
    CHECK(waitUntil(
        [&] {
            peak = std::max(peak, server.server().bufferedBytes());
            return server.server().connectionCount() == 0;
        },
        5000));
    CHECK(peak < limits.replyBacklogBytesBeforeLogin + limits.socketReadBufferBytes + 128 * 1024);
}

TEST_CASE("pipelining: hello, login and a 100 KiB command sent in one write are all answered")
{
    TestServer server;
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    QCborMap args;
    args.insert(QStringLiteral("townId"), server.regionId(QStringLiteral("遥观镇")));
    args.insert(QStringLiteral("name"), QStringLiteral("管道网格"));
    args.insert(QStringLiteral("padding"), QString(100 * 1024, QLatin1Char('x')));
    QCborMap command;
    command.insert(QStringLiteral("commandId"), QStringLiteral("6f1c1e0e-9a43-4c7b-8f55-0d6f1f0b2a10"));
    command.insert(QStringLiteral("name"), QStringLiteral("grid.create"));
    command.insert(QStringLiteral("args"), args);
    client.sendBytes(Message{1, 1, QString::fromLatin1(msg::kHello), helloBody()}.toFrame()
                     + Message{1, 2, QString::fromLatin1(msg::kLogin),
                               loginBody(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan"))}
                           .toFrame()
                     + Message{1, 3, QString::fromLatin1(msg::kCommand), command}.toFrame());
    for (quint64 id = 1; id <= 3; ++id) {
        auto answer = client.nextMessage();
        REQUIRE(answer.has_value());
        CHECK(answer->id == id);
        CHECK(errorCode(answer) != QStringLiteral("frame_too_large"));
    }
    CHECK(client.isConnected());
}

TEST_CASE("partial frames: a logged-in client that stops mid-frame is closed after the timeout")
{
    ServerLimits limits;
    limits.partialFrameTimeout = std::chrono::milliseconds(300);
    TestServer server(true, std::chrono::hours(1), limits);
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    REQUIRE(client.helloAndLogin(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    const QByteArray frame = Message{1, 9, QString::fromLatin1(msg::kPing), {}}.toFrame();
    client.sendBytes(frame.left(frame.size() - 1));
    auto closing = client.nextMessage(5000);
    CHECK(errorCode(closing) == QStringLiteral("bad_frame"));
    CHECK(client.waitForDisconnect(5000));
}

TEST_CASE("malformed input: unknown_type quotes at most 64 characters of the type back")
{
    TestServer server;
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    auto reply = client.request(QString(60000, QLatin1Char('t')), {});
    CHECK(errorCode(reply) == QStringLiteral("unknown_type"));
    CHECK(reply->body.value(QStringLiteral("message")).toString().size() < 200);
}

TEST_CASE("login: a user disabled while the password is being checked gets no session")
{
    TestServer server;
    ServerCore &core = server.core();
    // A slow hash (many passes) leaves time to disable the account mid-check.
    const QString slowHash = core.hasher().hash(QStringLiteral("gridsafe-yaoguan"), 40);
    REQUIRE(execSql(core.database().sql(),
                    QStringLiteral("UPDATE users SET password_hash = :h WHERE username = 'yaoguan'"),
                    {{QStringLiteral("h"), slowHash}}));
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    REQUIRE(client.request(QString::fromLatin1(msg::kHello), helloBody()).has_value());
    client.send(Message{1, 50, QString::fromLatin1(msg::kLogin),
                        loginBody(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan"))});
    REQUIRE(waitUntil([&] { return core.throttle().entryCount() > 0; }));
    REQUIRE(execSql(core.database().sql(),
                    QStringLiteral("UPDATE users SET disabled = 1 WHERE username = 'yaoguan'"), {}));
    auto answer = client.nextMessage();
    CHECK(errorCode(answer) == QStringLiteral("auth_failed"));
}

TEST_CASE("login: ten correct logins of one user at the same moment all succeed")
{
    TestServer server;
    auto clients = helloedClients(server, 10);
    for (auto &client : clients)
        client->send(Message{1, 7, QString::fromLatin1(msg::kLogin),
                             loginBody(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan"))});
    for (auto &client : clients) {
        auto answer = client->nextMessage();
        REQUIRE(answer.has_value());
        CHECK(answer->type == QLatin1String(msg::kReply));
    }
}

TEST_CASE("login: parallel wrong guesses on many connections get no more checks than the free ones")
{
    TestServer server;
    auto clients = helloedClients(server, 12);
    for (auto &client : clients)
        client->send(Message{1, 7, QString::fromLatin1(msg::kLogin),
                             loginBody(QStringLiteral("yaoguan"), QStringLiteral("wrong-guess-1"))});
    int failed = 0;
    int throttled = 0;
    for (auto &client : clients) {
        const QString code = errorCode(client->nextMessage());
        failed += code == QStringLiteral("auth_failed") ? 1 : 0;
        throttled += code == QStringLiteral("throttled") ? 1 : 0;
    }
    CHECK(failed == 6);
    CHECK(throttled == 6);
}

TEST_CASE("audit: a failed login with a 64 KB user name adds a small entry that names no such text")
{
    TestServer server;
    RawClient client;
    REQUIRE(client.connectTo(server.port()));
    REQUIRE(client.request(QString::fromLatin1(msg::kHello), helloBody()).has_value());
    const QString huge(60000, QLatin1Char('n'));
    auto answer =
        client.request(QString::fromLatin1(msg::kLogin), loginBody(huge, QStringLiteral("whatever-1")));
    CHECK(errorCode(answer) == QStringLiteral("auth_failed"));
    auto detail = scalarSql(server.core().database().sql(),
                            QStringLiteral("SELECT detail FROM audit_log WHERE action = 'auth.loginFailed' "
                                           "ORDER BY id DESC LIMIT 1"));
    REQUIRE(detail.ok());
    CHECK(detail->toString().size() < 200);
    CHECK(detail->toString().contains(QStringLiteral("(invalid)")));
}
