#pragma once
// Password work done for a command before it reaches the writer. Argon2id takes tens of
// milliseconds by design; inside the writer's transaction it would hold up every other
// office's command, so it runs on a worker thread first and the handler takes its result.
// Commands run without it (the console, tests) hash in the handler as before.

#include <QCborMap>
#include <QString>

#include <optional>

namespace gridsafe {

class PasswordHasher;

struct PreparedPasswords
{
    // The hash of the command's new password ("password" or "newPassword").
    std::optional<QString> newHash;
    // user.changePassword: the stored hash the current password was checked against, and
    // whether it matched. The handler refuses if the stored hash changed meanwhile.
    std::optional<QString> checkedHash;
    bool currentMatches = false;

    // Whether the command named has password work to prepare.
    static bool neededFor(const QString &commandName);
    // On a worker thread. `storedHash` is the actor's current hash (for user.changePassword).
    static PreparedPasswords prepare(const PasswordHasher &hasher, const QString &commandName,
                                     const QCborMap &args, const std::optional<QString> &storedHash);
};

} // namespace gridsafe
