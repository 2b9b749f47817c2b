#include "TestServer.h"
#include "Wait.h"
#include "core/CertificatePinStore.h"
#include "core/Connection.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

std::optional<Error> openAndWait(Connection &connection, const ServerAddress &address, bool *opened)
{
    std::optional<Error> failure;
    QObject::connect(&connection, &Connection::opened, [opened] { *opened = true; });
    QObject::connect(&connection, &Connection::failed, [&failure](const Error &error) { failure = error; });
    connection.open(address);
    waitUntil([&] { return *opened || failure.has_value(); });
    return failure;
}

} // namespace

TEST_CASE("certificate pinning: first contact without trust is stopped and shows the fingerprint")
{
    TestServer server;
    QTemporaryDir dir;
    CertificatePinStore pins(QDir(dir.path()).filePath(QStringLiteral("pins.json")));
    Connection connection(pins);
    bool opened = false;
    auto failure = openAndWait(connection, server.address(), &opened);
    REQUIRE(failure.has_value());
    CHECK(failure->code == ErrorCode::CertificateUnknown);
    CHECK(failure->message.contains(server.fingerprint()));
    CHECK_FALSE(pins.pinFor(server.address().toString()).has_value());
}

TEST_CASE("certificate pinning: trust on first use pins the certificate and later connections use the pin")
{
    TestServer server;
    QTemporaryDir dir;
    const QString pinFile = QDir(dir.path()).filePath(QStringLiteral("pins.json"));
    {
        CertificatePinStore pins(pinFile);
        Connection connection(pins);
        connection.setTrustOnFirstUse(true);
        bool opened = false;
        REQUIRE_FALSE(openAndWait(connection, server.address(), &opened).has_value());
        CHECK(opened);
    }
    CertificatePinStore reloaded(pinFile);
    CHECK(reloaded.pinFor(server.address().toString()) == server.fingerprint());
    Connection again(reloaded);
    bool opened = false;
    CHECK_FALSE(openAndWait(again, server.address(), &opened).has_value());
    CHECK(opened);
}

TEST_CASE("certificate pinning: a changed server certificate is refused with a loud warning")
{
    TestServer server;
    QTemporaryDir dir;
    CertificatePinStore pins(QDir(dir.path()).filePath(QStringLiteral("pins.json")));
    const QString otherFingerprint = QStringLiteral("AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:"
                                                    "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99");
    pins.setPin(server.address().toString(), otherFingerprint);
    Connection connection(pins);
    connection.setTrustOnFirstUse(true); // even then, a changed pin is never overwritten
    bool opened = false;
    auto failure = openAndWait(connection, server.address(), &opened);
    REQUIRE(failure.has_value());
    CHECK(failure->code == ErrorCode::CertificateChanged);
    CHECK(failure->message.contains(QStringLiteral("CHANGED")));
    CHECK(pins.pinFor(server.address().toString()) == otherFingerprint);
}
