#include "domain/NameRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gridsafe {

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
    for (const QChar ch : name) {
        if (ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format)
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("NameRules", "The %1 contains a control character.").arg(what));
    }
    return name;
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
