#include "core/ServerAddress.h"
#include "protocol/ProtocolConstants.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

TEST_CASE("server address: host alone gets the default port")
{
    auto address = ServerAddress::parse(QStringLiteral(" 192.168.1.10 "));
    REQUIRE(address.ok());
    CHECK(address->host == QStringLiteral("192.168.1.10"));
    CHECK(address->port == kDefaultPort);
}

TEST_CASE("server address: host and port, bracketed IPv6")
{
    CHECK(ServerAddress::parse(QStringLiteral("gridsafe.local:5000"))->port == 5000);
    auto v6 = ServerAddress::parse(QStringLiteral("[::1]:6000"));
    REQUIRE(v6.ok());
    CHECK(v6->host == QStringLiteral("::1"));
    CHECK(v6->port == 6000);
    CHECK(v6->toString() == QStringLiteral("[::1]:6000"));
}

TEST_CASE("server address: nonsense is refused with an example of the right form")
{
    for (const char *bad : {"", "host:", "host:99999", "host:abc", "[::1", "a b:1"}) {
        auto address = ServerAddress::parse(QString::fromLatin1(bad));
        CHECK_FALSE(address.ok());
        if (!address.ok())
            CHECK(address.error().message.contains(QStringLiteral(":")));
    }
}
