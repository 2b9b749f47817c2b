#include "domain/Inspector.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

TEST_CASE("phone rules: a landline typed with or without the hyphen is the same number")
{
    CHECK(normalizePhone(QStringLiteral("0519-88001234")).value() == QStringLiteral("0519-88001234"));
    CHECK(normalizePhone(QStringLiteral("051988001234")).value() == QStringLiteral("0519-88001234"));
    CHECK(normalizePhone(QStringLiteral(" 0519 8800 1234 ")).value() == QStringLiteral("0519-88001234"));
    // Beijing and the 02x cities have three-digit area codes.
    CHECK(normalizePhone(QStringLiteral("01062345678")).value() == QStringLiteral("010-62345678"));
    CHECK(normalizePhone(QStringLiteral("025-8765432")).value() == QStringLiteral("025-8765432"));
    CHECK(normalizePhone(QStringLiteral("0519-88001234-802")).value() == QStringLiteral("0519-88001234-802"));
}

TEST_CASE("phone rules: mobiles lose their separators, and what is no phone number is refused")
{
    CHECK(normalizePhone(QStringLiteral("139-1234-5678")).value() == QStringLiteral("13912345678"));
    CHECK(normalizePhone(QStringLiteral("139 1234 5678")).value() == QStringLiteral("13912345678"));
    CHECK_FALSE(normalizePhone(QStringLiteral("12912345678")).ok());
    CHECK_FALSE(normalizePhone(QStringLiteral("1391234567")).ok());
    CHECK_FALSE(normalizePhone(QStringLiteral("88001234")).ok());
    CHECK_FALSE(normalizePhone(QStringLiteral("")).ok());
    CHECK(normalizePhone(QStringLiteral("abc")).error().message.contains(QStringLiteral("abc")));
}
