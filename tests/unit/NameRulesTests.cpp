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

TEST_CASE("name rules: invisible characters outside the basic plane and noncharacters are refused")
{
    // Tags, musical and shorthand format controls, variation selectors, noncharacters: a
    // second name with one of these would look identical to the first.
    for (const char32_t invisible :
         {U'\U000E0001', U'\U000E0020', U'\U0001D173', U'\U0001BCA0', U'\U000E0100', U'\uFE0F', U'\u034F',
          U'\uFFFE', U'\uFFFF', U'\U0010FFFF', U'\uFDD0'}) {
        const QString name =
            QStringLiteral("渔庄村") + QString::fromUcs4(&invisible, 1) + QStringLiteral("网格");
        INFO(std::hex << quint32(invisible));
        CHECK_FALSE(normalizeName(name, QStringLiteral("grid name"), 40).ok());
    }
    QString loneSurrogate = QStringLiteral("网格");
    loneSurrogate += QChar(0xDC00);
    CHECK_FALSE(normalizeName(loneSurrogate, QStringLiteral("grid name"), 40).ok());
    // Characters outside the basic plane that are visible are fine: 𠀀 (CJK extension B).
    CHECK(normalizeName(QStringLiteral("\U00020000村网格"), QStringLiteral("grid name"), 40).ok());
}

TEST_CASE("name rules: a decomposed name is stored composed, so it matches its composed twin")
{
    const QString decomposed = QStringLiteral("Cafe\u0301");
    CHECK(normalizeName(decomposed, QStringLiteral("grid name"), 40).value() == QStringLiteral("Caf\u00e9"));
}
