#include "accounts/PreparedPasswords.h"

#include "accounts/PasswordHasher.h"
#include "domain/CommandName.h"

namespace gridsafe {

bool PreparedPasswords::neededFor(const QString &commandName)
{
    return commandName == QLatin1String(cmd::kUserCreate)
           || commandName == QLatin1String(cmd::kUserResetPassword)
           || commandName == QLatin1String(cmd::kUserChangePassword);
}

PreparedPasswords PreparedPasswords::prepare(const PasswordHasher &hasher, const QString &commandName,
                                             const QCborMap &args, const std::optional<QString> &storedHash)
{
    PreparedPasswords prepared;
    const bool changing = commandName == QLatin1String(cmd::kUserChangePassword);
    // A field of the wrong type is left to the handler, which refuses it with its name.
    const QCborValue password =
        args.value(changing ? QStringLiteral("newPassword") : QStringLiteral("password"));
    if (password.isString())
        prepared.newHash = hasher.hash(password.toString());
    if (changing && storedHash) {
        const QCborValue current = args.value(QStringLiteral("currentPassword"));
        prepared.checkedHash = storedHash;
        prepared.currentMatches = current.isString() && hasher.verify(*storedHash, current.toString());
    }
    return prepared;
}

} // namespace gridsafe
