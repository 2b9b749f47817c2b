#include "RawClient.h"
#include "SessionHelpers.h"
#include "TestServer.h"
#include "Wait.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "domain/CommandName.h"

#include <catch2/catch.hpp>

#include <QCborArray>

using namespace gridsafe;
using namespace gridsafe::test;

TEST_CASE("login: the right password opens a session scoped to the user's town")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    const UserInfo &user = client.session().user();
    CHECK(user.role == Role::TownOperator);
    CHECK(user.townId == server.regionId(QStringLiteral("遥观镇")));
    CHECK(client.session().token().size() >= 43); // 256 random bits, base64url
}

TEST_CASE("login: a wrong password and an unknown user get the same answer")
{
    TestServer server;
    TestClient wrongPassword(server);
    REQUIRE_FALSE(wrongPassword.login(QStringLiteral("yaoguan"), QStringLiteral("not-the-password")));
    REQUIRE(wrongPassword.lastError.has_value());
    TestClient unknownUser(server);
    REQUIRE_FALSE(unknownUser.login(QStringLiteral("nosuchuser"), QStringLiteral("not-the-password")));
    REQUIRE(unknownUser.lastError.has_value());
    CHECK(wrongPassword.lastError->code == ErrorCode::AuthFailed);
    CHECK(unknownUser.lastError->code == ErrorCode::AuthFailed);
    CHECK(wrongPassword.lastError->message == unknownUser.lastError->message);
}

TEST_CASE("login: repeated failures are throttled, even with the right password, until time passes")
{
    TestServer server;
    TestClient client(server);
    for (int i = 0; i < 6; ++i)
        REQUIRE_FALSE(client.login(QStringLiteral("zhangwei"), QStringLiteral("guess-number-x")));
    REQUIRE_FALSE(client.login(QStringLiteral("zhangwei"), QStringLiteral("gridsafe-inspect")));
    REQUIRE(client.lastError.has_value());
    CHECK(client.lastError->code == ErrorCode::Throttled);
    server.clock().advance(31);
    CHECK(client.login(QStringLiteral("zhangwei"), QStringLiteral("gridsafe-inspect")));
}

TEST_CASE("sessions: logout ends the session and its token no longer resumes")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    const QString token = client.session().token();
    bool loggedOut = false;
    QObject::connect(&client.session(), &ClientSession::loggedOut, [&] { loggedOut = true; });
    client.session().logout();
    REQUIRE(waitUntil([&] { return loggedOut; }));
    TestClient again(server);
    bool failed = false;
    QObject::connect(&again.session(), &ClientSession::loginFailed, [&](const Error &error) {
        failed = true;
        CHECK(error.code == ErrorCode::SessionExpired);
    });
    again.session().resume(server.address(), QStringLiteral("yaoguan"), token);
    CHECK(waitUntil([&] { return failed; }));
}

TEST_CASE("sessions: an idle session expires and the next request is refused")
{
    TestServer server(true, std::chrono::minutes(30));
    TestClient client(server);
    REQUIRE(client.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    server.clock().advance(31 * 60);
    QCborMap args;
    args.insert(QStringLiteral("townId"), server.regionId(QStringLiteral("遥观镇")));
    args.insert(QStringLiteral("name"), QStringLiteral("过期后的网格"));
    args.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(QStringLiteral("建农村"))});
    auto queued = client.session().submit(QString::fromLatin1(cmd::kGridCreate), args, QStringLiteral("x"));
    REQUIRE(queued.ok());
    REQUIRE(waitUntil([&] { return client.sessionEndedReason.has_value(); }));
    // Nothing is lost: the command waits in the outbox for the next login, and goes then.
    REQUIRE(client.session().outbox() != nullptr);
    CHECK(client.session().outbox()->pendingCount() == 1);
    CHECK(client.applied.isEmpty());
    REQUIRE(client.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    CHECK(waitUntil([&] { return client.applied.contains(queued.value()); }));
    CHECK(client.session().outbox()->pendingCount() == 0);
}

TEST_CASE("sessions: disabling a user ends that user's live session at once")
{
    TestServer server;
    TestClient inspector(server);
    REQUIRE(inspector.login(QStringLiteral("zhangwei"), QStringLiteral("gridsafe-inspect")));
    TestClient admin(server);
    REQUIRE(admin.login(QStringLiteral("admin"), QStringLiteral("gridsafe-admin")));
    QCborMap args;
    args.insert(QStringLiteral("userId"), inspector.session().user().id);
    args.insert(QStringLiteral("disabled"), true);
    REQUIRE(admin.runCommand(QString::fromLatin1(cmd::kUserSetDisabled), args).has_value());
    CHECK(waitUntil([&] { return inspector.sessionEndedReason.has_value(); }));
    TestClient retry(server);
    REQUIRE_FALSE(retry.login(QStringLiteral("zhangwei"), QStringLiteral("gridsafe-inspect")));
    REQUIRE(retry.lastError.has_value());
    CHECK(retry.lastError->code == ErrorCode::AuthFailed);
}

TEST_CASE("permissions over the network: a town operator is refused on another town's grid")
{
    TestServer server;
    TestClient client(server);
    REQUIRE(client.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    QCborMap args;
    args.insert(QStringLiteral("gridId"), server.gridId(QStringLiteral("崔桥村网格")));
    args.insert(QStringLiteral("revision"), 1);
    args.insert(QStringLiteral("name"), QStringLiteral("越权改名"));
    Error rejection;
    CHECK_FALSE(client.runCommand(QString::fromLatin1(cmd::kGridUpdate), args, &rejection).has_value());
    CHECK(rejection.code == ErrorCode::Forbidden);

    QCborMap create;
    create.insert(QStringLiteral("townId"), server.regionId(QStringLiteral("横林镇")));
    create.insert(QStringLiteral("name"), QStringLiteral("越权网格"));
    create.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(QStringLiteral("新东村"))});
    CHECK_FALSE(client.runCommand(QString::fromLatin1(cmd::kGridCreate), create, &rejection).has_value());
    CHECK(rejection.code == ErrorCode::Forbidden);
    // The refusal stays visible in the outbox until the user deals with it.
    CHECK(client.session().outbox()->rejectedCount() == 2);
}

TEST_CASE("sessions: logging in again on the same connection ends the session it replaces")
{
    TestServer server;
    RawClient raw;
    REQUIRE(raw.connectTo(server.port()));
    QCborMap hello;
    hello.insert(QStringLiteral("protocol"), 1);
    REQUIRE(raw.request(QStringLiteral("hello"), hello).has_value());
    QCborMap login;
    login.insert(QStringLiteral("username"), QStringLiteral("yaoguan"));
    login.insert(QStringLiteral("password"), QStringLiteral("gridsafe-yaoguan"));
    auto first = raw.request(QStringLiteral("auth.login"), login);
    REQUIRE(first.has_value());
    const QString oldToken = first->body.value(QStringLiteral("token")).toString();
    REQUIRE_FALSE(oldToken.isEmpty());
    login.insert(QStringLiteral("username"), QStringLiteral("reviewer"));
    login.insert(QStringLiteral("password"), QStringLiteral("gridsafe-review"));
    REQUIRE(raw.request(QStringLiteral("auth.login"), login)->type == QStringLiteral("reply"));

    RawClient other;
    REQUIRE(other.connectTo(server.port()));
    REQUIRE(other.request(QStringLiteral("hello"), hello).has_value());
    QCborMap resume;
    resume.insert(QStringLiteral("token"), oldToken);
    auto refused = other.request(QStringLiteral("auth.resume"), resume);
    REQUIRE(refused.has_value());
    CHECK(refused->body.value(QStringLiteral("code")).toString() == QStringLiteral("session_expired"));
}

TEST_CASE("password change: the current password is needed, this session goes on and the others end")
{
    TestServer server;
    TestClient here(server);
    TestClient elsewhere(server);
    REQUIRE(here.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    REQUIRE(elsewhere.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));

    QCborMap args;
    args.insert(QStringLiteral("currentPassword"), QStringLiteral("not-the-password"));
    args.insert(QStringLiteral("newPassword"), QStringLiteral("a-new-password-1"));
    Error rejection;
    CHECK_FALSE(here.runCommand(QStringLiteral("user.changePassword"), args, &rejection));
    CHECK(rejection.code == ErrorCode::Invalid);
    args.insert(QStringLiteral("currentPassword"), QStringLiteral("gridsafe-yaoguan"));
    args.insert(QStringLiteral("newPassword"), QStringLiteral("short"));
    CHECK_FALSE(here.runCommand(QStringLiteral("user.changePassword"), args, &rejection));
    args.insert(QStringLiteral("newPassword"), QStringLiteral("a-new-password-1"));
    REQUIRE(here.runCommand(QStringLiteral("user.changePassword"), args));

    // This session still works; the other one is refused at its next request.
    QCborMap grid;
    grid.insert(QStringLiteral("townId"), server.regionId(QStringLiteral("遥观镇")));
    grid.insert(QStringLiteral("name"), QStringLiteral("改密后的网格"));
    grid.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(QStringLiteral("建农村"))});
    CHECK(here.runCommand(QStringLiteral("grid.create"), grid));
    grid.insert(QStringLiteral("name"), QStringLiteral("旧会话的网格"));
    REQUIRE(elsewhere.session().submit(QStringLiteral("grid.create"), grid, QStringLiteral("old session")));
    REQUIRE(waitUntil([&] { return elsewhere.sessionEndedReason.has_value(); }));

    // The old password no longer opens a session; the new one does.
    TestClient later(server);
    CHECK_FALSE(later.login(QStringLiteral("yaoguan"), QStringLiteral("gridsafe-yaoguan")));
    TestClient again(server);
    CHECK(again.login(QStringLiteral("yaoguan"), QStringLiteral("a-new-password-1")));
}
