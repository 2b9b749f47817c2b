#include "domain/CreditCode.h"

#include <QCoreApplication>

#include <array>
#include <string_view>

namespace gridsafe {

namespace {

// The characters at their values 0–30. I, O, Z, S and V are left out: too like 1, 0, 2, 5, U.
constexpr std::string_view kCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
// Weights of positions 1–17.
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

constexpr bool weightsArePowersOfThreeModulo31()
{
    int power = 1;
    for (const int weight : kWeights) {
        if (weight != power)
            return false;
        power = power * 3 % 31;
    }
    return true;
}
static_assert(kCharacters.size() == 31);
static_assert(weightsArePowersOfThreeModulo31());

// Registration authorities seen in codes: 1–9 and A, N, Y.
constexpr std::u16string_view kAuthorities = u"123456789ANY";

// The value 0–30 of a character, or -1 when it is not in the set.
int valueOf(char32_t character)
{
    if (character > 0x7f)
        return -1;
    const auto index = kCharacters.find(char(character));
    return index == std::string_view::npos ? -1 : int(index);
}

// A character as a message shows it: with its code point when it is not ASCII (a Cyrillic А
// looks like A), only the code point when it cannot be seen.
QString describe(char32_t character)
{
    const QString codePoint = QStringLiteral("U+%1").arg(uint(character), 4, 16, QLatin1Char('0')).toUpper();
    if (!QChar::isPrint(character))
        return codePoint;
    const QString shown = QString::fromUcs4(&character, 1);
    if (character < 0x80)
        return shown;
    return QStringLiteral("%1 (%2)").arg(shown, codePoint);
}

bool isAsciiDigit(QChar character)
{
    return character >= u'0' && character <= u'9';
}

} // namespace

QString normalizeCreditCode(const QString &input)
{
    QString code;
    code.reserve(input.size());
    for (const QChar character : input) {
        if (character.isSpace())
            continue;
        const char16_t unit = character.unicode();
        if (unit >= 0xFF10 && unit <= 0xFF19)
            code.append(QChar(char16_t(u'0' + (unit - 0xFF10))));
        else if (unit >= 0xFF21 && unit <= 0xFF3A)
            code.append(QChar(char16_t(u'A' + (unit - 0xFF21))));
        else if (unit >= 0xFF41 && unit <= 0xFF5A)
            code.append(QChar(char16_t(u'A' + (unit - 0xFF41))));
        else if (unit >= u'a' && unit <= u'z')
            code.append(QChar(char16_t(unit - u'a' + u'A')));
        else
            // Only ASCII is upper-cased: QString::toUpper would turn ß into SS or ı into I,
            // hiding what was typed and shifting the positions the messages name.
            code.append(character);
    }
    return code;
}

std::optional<QChar> creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != qsizetype(kWeights.size()))
        return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        const int value = valueOf(first17.at(qsizetype(i)).unicode());
        if (value < 0)
            return std::nullopt;
        sum += value * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return QChar(char16_t(kCharacters[std::size_t(check)]));
}

Result<QString> validateCreditCode(const QString &input)
{
    const QString code = normalizeCreditCode(input);
    if (code.isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("CreditCode",
                                        "The unified social credit code is empty: enter its 18 characters."));

    // Characters before length: a code pasted with dashes is better told about the dashes.
    const QList<uint> characters = code.toUcs4();
    for (qsizetype i = 0; i < characters.size(); ++i) {
        if (valueOf(characters.at(i)) < 0)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "CreditCode", "The character “%1” at position %2 cannot appear in a unified "
                                               "social credit code: it uses only digits and capital letters, "
                                               "and never I, O, Z, S or V.")
                                 .arg(describe(characters.at(i)))
                                 .arg(i + 1));
    }
    // From here on every character is ASCII, so QChar positions are character positions.
    if (code.size() != kCreditCodeLength)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "CreditCode", "A unified social credit code has %1 characters; the code "
                                           "entered has %2: check for a missing or extra character.")
                             .arg(kCreditCodeLength)
                             .arg(code.size()));
    if (kAuthorities.find(code.at(0).unicode()) == std::u16string_view::npos)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "CreditCode", "The first character (registration authority) should be a "
                                           "digit 1–9 or the letter A, N or Y, not %1.")
                             .arg(code.at(0)));
    if (code.at(1) == u'0')
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "CreditCode", "The second character (entity type) should not be 0: check "
                                           "the code for a typing error."));
    for (qsizetype i = 2; i < 8; ++i) {
        if (!isAsciiDigit(code.at(i)))
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("CreditCode",
                                                         "Characters 3 to 8 (administrative division code) "
                                                         "should be digits, but character %1 is %2.")
                                 .arg(i + 1)
                                 .arg(code.at(i)));
    }
    const std::optional<QChar> expected = creditCodeCheckCharacter(QStringView(code).first(17));
    Q_ASSERT(expected); // every character was checked above
    if (code.at(17) != *expected)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("CreditCode",
                                                     "The last character (check character) should be %1, not "
                                                     "%2: check the code for a typing error.")
                             .arg(*expected)
                             .arg(code.at(17)));
    return code;
}

} // namespace gridsafe
