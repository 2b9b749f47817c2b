#include "domain/CreditCode.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

namespace {

// A well-formed body after the first character: entity type 1, division 320412 (a village
// of Changzhou's development zone), organisation code MA1W2X3Y4.
const QString kBody = QStringLiteral("1320412MA1W2X3Y4");

// The first 17 characters with the check character this library computes appended, so a
// test can build a code that is wrong in exactly one other way.
QString withCheckCharacter(const QString &first17)
{
    const std::optional<QChar> check = creditCodeCheckCharacter(first17);
    REQUIRE(check);
    return first17 + *check;
}

QString messageFor(const QString &input)
{
    const Result<QString> result = validateCreditCode(input);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Invalid);
    return result.error().message;
}

} // namespace

TEST_CASE("credit code with the right check character is accepted")
{
    CHECK(creditCodeCheckCharacter(u"91110000600037341") == QChar(u'L'));
    const Result<QString> result = validateCreditCode(QStringLiteral("91110000600037341L"));
    REQUIRE(result.ok());
    CHECK(result.value() == QStringLiteral("91110000600037341L"));
}

TEST_CASE("credit code check characters for every registration authority validate")
{
    // Expected check characters worked out apart from this library (Σ value × 3^(i-1) mod 31).
    const std::pair<QChar, QChar> cases[] = {{u'1', u'8'}, {u'5', u'4'}, {u'9', u'0'},
                                             {u'A', u'Y'}, {u'N', u'J'}, {u'Y', u'A'}};
    for (const auto &[authority, expectedCheck] : cases) {
        const QString first17 = authority + kBody;
        INFO(first17.toStdString());
        CHECK(creditCodeCheckCharacter(first17) == expectedCheck);
        const QString code = withCheckCharacter(first17);
        const Result<QString> result = validateCreditCode(code);
        INFO((result.ok() ? QString() : result.error().message).toStdString());
        REQUIRE(result.ok());
        CHECK(result.value() == code);
    }
}

TEST_CASE("credit code check character is not computed from a wrong length or foreign characters")
{
    CHECK_FALSE(creditCodeCheckCharacter(u"9111000060003734"));
    CHECK_FALSE(creditCodeCheckCharacter(u"91110000600037341L"));
    CHECK_FALSE(creditCodeCheckCharacter(u""));
    CHECK_FALSE(creditCodeCheckCharacter(u"9111000060003734l"));      // lower case
    CHECK_FALSE(creditCodeCheckCharacter(u"9111000060003734I"));      // not in the set
    CHECK_FALSE(creditCodeCheckCharacter(u"9111000060003734\uFF11")); // full-width 1
}

TEST_CASE("credit code typed in lower case, with spaces or full-width characters is normalised and accepted")
{
    const QString expected = QStringLiteral("91110000600037341L");
    const QString typed[] = {
        QStringLiteral("91110000600037341l"),
        QStringLiteral("  9111 0000\t6000 3734 1L \n"),
        QStringLiteral("\u30009111\u30000000\u3000600037341L\u3000"),
        QStringLiteral("\uFF19\uFF11\uFF11\uFF11\uFF10\uFF10\uFF10\uFF10\uFF16\uFF10\uFF10\uFF10\uFF13\uFF17"
                       "\uFF13\uFF14\uFF11\uFF2C"),
        QStringLiteral("\uFF19\uFF11\uFF11\uFF11 0000 6000 3734 1\uFF4C"), // full-width lower-case l
    };
    for (const QString &input : typed) {
        INFO(input.toStdString());
        CHECK(normalizeCreditCode(input) == expected);
        const Result<QString> result = validateCreditCode(input);
        REQUIRE(result.ok());
        CHECK(result.value() == expected);
    }
    const QString lowerLetters = withCheckCharacter(QStringLiteral("N") + kBody).toLower();
    CHECK(validateCreditCode(lowerLetters).ok());
}

TEST_CASE("credit code with a wrong check character is refused naming the right one")
{
    CHECK(messageFor(QStringLiteral("91110000600037341M"))
          == QStringLiteral("The last character (check character) should be L, not M: check the code for a "
                            "typing error."));
    // A typing error elsewhere shows up the same way: 8 for 0 in position 9.
    CHECK(messageFor(QStringLiteral("91110000800037341L"))
              .startsWith(QStringLiteral("The last character (check character) should be ")));
}

TEST_CASE("credit code with I, O, Z, S or V is refused naming the letter and its position")
{
    for (const QChar letter : {u'I', u'O', u'Z', u'S', u'V'}) {
        QString code = QStringLiteral("91110000600037341L");
        code[9] = letter;
        const QString message = messageFor(code);
        INFO(message.toStdString());
        CHECK(message.contains(QStringLiteral("“%1” at position 10").arg(letter)));
        CHECK(message.contains(QStringLiteral("never I, O, Z, S or V")));
    }
    // Lower case is folded first, so a typed 'o' is named as O.
    CHECK(messageFor(QStringLiteral("9111o000600037341L")).contains(QStringLiteral("“O” at position 5")));
}

TEST_CASE("credit code with a look-alike or punctuation character is refused naming it")
{
    // Cyrillic А (U+0410) looks like A: the message gives its code point.
    CHECK(messageFor(QStringLiteral("\u04101320412MA1W2X3Y4Y"))
              .contains(QStringLiteral("“\u0410 (U+0410)” at position 1")));
    // Dashes make the code too long too; the dash is the thing to fix, so it is named first.
    CHECK(messageFor(QStringLiteral("91110000-600037341L")).contains(QStringLiteral("“-” at position 9")));
}

TEST_CASE("credit code of 17 or 19 characters is refused saying 18 are needed")
{
    CHECK(messageFor(QStringLiteral("91110000600037341"))
          == QStringLiteral("A unified social credit code has 18 characters; the code entered has 17: check "
                            "for a missing or extra character."));
    CHECK(messageFor(QStringLiteral("91110000600037341L1"))
              .contains(QStringLiteral("the code entered has 19")));
}

TEST_CASE("empty credit code is refused")
{
    for (const QString &input : {QString(), QStringLiteral("   "), QStringLiteral("\u3000\t")}) {
        CHECK(messageFor(input)
              == QStringLiteral("The unified social credit code is empty: enter its 18 characters."));
    }
}

TEST_CASE("credit code whose first character is 0 or B is refused as a registration authority")
{
    // Check characters are right, so only the first character is wrong.
    CHECK(messageFor(withCheckCharacter(QStringLiteral("0") + kBody))
          == QStringLiteral("The first character (registration authority) should be a digit 1–9 or the "
                            "letter A, N or Y, not 0."));
    CHECK(messageFor(withCheckCharacter(QStringLiteral("B") + kBody))
              .endsWith(QStringLiteral("A, N or Y, not B.")));
}

TEST_CASE("credit code whose second character is 0 is refused as an entity type")
{
    CHECK(messageFor(withCheckCharacter(QStringLiteral("90320412MA1W2X3Y4")))
          == QStringLiteral("The second character (entity type) should not be 0: check the code for a typing "
                            "error."));
    // Any other character of the set is let through there, letters included.
    CHECK(validateCreditCode(withCheckCharacter(QStringLiteral("5A320412MA1W2X3Y4"))).ok());
}

TEST_CASE("credit code with a letter in the administrative division is refused naming the character")
{
    CHECK(
        messageFor(withCheckCharacter(QStringLiteral("9132A412MA1W2X3Y4")))
        == QStringLiteral("Characters 3 to 8 (administrative division code) should be digits, but character "
                          "5 is A."));
    CHECK(messageFor(withCheckCharacter(QStringLiteral("9132041XMA1W2X3Y4")))
              .endsWith(QStringLiteral("character 8 is X.")));
    CHECK(messageFor(withCheckCharacter(QStringLiteral("91Y20412MA1W2X3Y4")))
              .endsWith(QStringLiteral("character 3 is Y.")));
}
