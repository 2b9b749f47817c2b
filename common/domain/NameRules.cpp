#include "domain/NameRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gridsafe {

namespace {

// Characters that show nothing (or nothing reliable) and would let two names that look the
// same differ: controls, format characters (tags, joiners, shorthand controls), variation
// selectors, the combining grapheme joiner, Hangul fillers, noncharacters, lone surrogates
// and unassigned code points.
bool isInvisible(uint codePoint)
{
    switch (QChar::category(char32_t(codePoint))) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
        return true;
    default:
        break;
    }
    const auto in = [codePoint](uint first, uint last) { return codePoint >= first && codePoint <= last; };
    return QChar::isNonCharacter(char32_t(codePoint)) || in(0xFE00, 0xFE0F) || in(0xE0100, 0xE01EF)
           || in(0x180B, 0x180F) || codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160
           || codePoint == 0x3164 || codePoint == 0xFFA0;
}

} // namespace

Result<QString> normalizeOptionalName(const QString &input, const QString &what, int maxLength)
{
    if (input.simplified().isEmpty())
        return QStringLiteral("");
    return normalizeName(input, what, maxLength);
}

Result<QString> normalizeName(const QString &input, const QString &what, int maxLength)
{
    const QString name = input.simplified();
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("NameRules", "The %1 must not be empty.").arg(what));
    if (name.size() > maxLength)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("NameRules", "The %1 is too long: at most %2 characters, %3 given.")
                .arg(what)
                .arg(maxLength)
                .arg(name.size()));
    for (qsizetype i = 0; i < name.size(); ++i) {
        uint codePoint = name.at(i).unicode();
        // Pairs make one code point; a lone half stays a surrogate and is refused below.
        if (QChar::isHighSurrogate(codePoint) && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(name.at(i), name.at(i + 1));
            ++i;
        }
        if (isInvisible(codePoint))
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("NameRules", "The %1 contains a control or invisible character.")
                    .arg(what));
    }
    return name.normalized(QString::NormalizationForm_C);
}

Result<QString> normalizeUsername(const QString &input)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{3,32}$"));
    const QString name = input.trimmed().toLower();
    if (!pattern.match(name).hasMatch())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "NameRules", "A user name has 3 to 32 characters: letters a–z, digits, '.', '_' "
                                          "or '-'."));
    return name;
}

Status checkPasswordStrength(const QString &password)
{
    if (password.size() < 10)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("NameRules", "The password must have at least 10 characters."));
    if (password.size() > 128)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("NameRules", "The password must have at most 128 characters."));
    return success();
}

} // namespace gridsafe
