#include "domain/NameRules.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

TEST_CASE("name rules: grid names are trimmed and inner white space folded")
{
    auto name = normalizeName(QStringLiteral("  渔庄村   第一网格 \t"), QStringLiteral("grid name"), 40);
    REQUIRE(name.ok());
    CHECK(name.value() == QStringLiteral("渔庄村 第一网格"));
}

TEST_CASE("name rules: empty, over-long and control-character names are refused")
{
    CHECK(normalizeName(QStringLiteral("   "), QStringLiteral("grid name"), 40).error().code
          == ErrorCode::Invalid);
    CHECK_FALSE(normalizeName(QString(41, QChar(0x7f51)), QStringLiteral("grid name"), 40).ok());
    CHECK(normalizeName(QString(40, QChar(0x7f51)), QStringLiteral("grid name"), 40).ok());
    CHECK_FALSE(normalizeName(QStringLiteral("网格\u200b一"), QStringLiteral("grid name"), 40).ok());
}

TEST_CASE("name rules: user names are folded to lower case and limited to a safe alphabet")
{
    CHECK(normalizeUsername(QStringLiteral(" YaoGuan ")).value() == QStringLiteral("yaoguan"));
    CHECK_FALSE(normalizeUsername(QStringLiteral("ab")).ok());
    CHECK_FALSE(normalizeUsername(QStringLiteral("张伟")).ok());
    CHECK_FALSE(normalizeUsername(QStringLiteral("a b c")).ok());
}

TEST_CASE("name rules: passwords need at least 10 characters")
{
    CHECK_FALSE(checkPasswordStrength(QStringLiteral("short")).ok());
    CHECK(checkPasswordStrength(QStringLiteral("ten chars!")).ok());
    CHECK_FALSE(checkPasswordStrength(QString(129, QLatin1Char('x'))).ok());
}
