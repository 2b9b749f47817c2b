#include "accounts/UserCommands.h"

#include "accounts/PasswordHasher.h"
#include "accounts/PreparedPasswords.h"
#include "accounts/SessionRepository.h"
#include "accounts/UserFeed.h"
#include "accounts/UserRepository.h"
#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "protocol/FieldReader.h"

#include <QCoreApplication>

namespace gridsafe {

namespace {

const QString kUserEntity = QStringLiteral("user");

// Every account change goes to the administrators' replicas.
Result<QCborMap> published(CommandContext &context, qint64 userId)
{
    if (Status recorded = UserFeed::publish(context.db, context.changes, userId); !recorded)
        return recorded.error();
    QCborMap result;
    result.insert(QStringLiteral("userId"), userId);
    return result;
}

Result<User> existingUser(const CommandContext &context, qint64 userId)
{
    auto user = UserRepository(context.db).findById(userId);
    if (!user)
        return user.error();
    if (!user.value())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("UserCommands", "User %1 does not exist.").arg(userId));
    return *user.value();
}

// Made on a worker thread before the command reached the writer when the network sent it.
QString newPasswordHash(const CommandContext &context, const QString &password)
{
    if (context.prepared && context.prepared->newHash)
        return *context.prepared->newHash;
    return context.hasher.hash(password);
}

Result<QCborMap> createUser(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const QString usernameInput = fields.text(QStringLiteral("username"));
    const QString displayInput = fields.text(QStringLiteral("displayName"));
    const QString roleText = fields.text(QStringLiteral("role"));
    const std::optional<qint64> townId = fields.optionalInteger(QStringLiteral("townId"));
    const QString password = fields.text(QStringLiteral("password"));
    if (!fields.ok())
        return fields.error();

    auto username = normalizeUsername(usernameInput);
    if (!username)
        return username.error();
    auto displayName = normalizeName(
        displayInput, QCoreApplication::translate("UserCommands", "display name"), kMaxDisplayNameLength);
    if (!displayName)
        return displayName.error();
    const std::optional<Role> role = roleFromName(roleText);
    if (!role)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("UserCommands",
                                        "Unknown role \"%1\": use admin, reviewer, operator or inspector.")
                .arg(roleText));
    if (roleNeedsTown(*role) && !townId)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("UserCommands", "A town operator or inspector needs a town."));
    if (!roleNeedsTown(*role) && townId)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "UserCommands", "Administrators and reviewers are not bound to a town."));
    if (townId) {
        if (auto town = townInScope(context, *townId); !town)
            return town.error();
    }
    if (Status strong = checkPasswordStrength(password); !strong)
        return strong.error();

    UserRepository users(context.db);
    auto existing = users.findByName(username.value());
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("UserCommands", "The user name \"%1\" is taken.")
                             .arg(username.value()));

    User user;
    user.username = username.value();
    user.displayName = displayName.value();
    user.role = *role;
    user.townId = townId;
    user.passwordHash = newPasswordHash(context, password);
    auto id = users.insert(user, context.nowText());
    if (!id)
        return id.error();
    context.auditEntity = kUserEntity;
    context.auditEntityId = id.value();
    return published(context, id.value());
}

Result<QCborMap> resetPassword(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 userId = fields.integer(QStringLiteral("userId"));
    const QString password = fields.text(QStringLiteral("password"));
    if (!fields.ok())
        return fields.error();
    auto user = existingUser(context, userId);
    if (!user)
        return user.error();
    if (Status strong = checkPasswordStrength(password); !strong)
        return strong.error();
    if (Status set = UserRepository(context.db)
                         .setPasswordHash(userId, newPasswordHash(context, password), context.nowText());
        !set)
        return set.error();
    // A new password ends the sessions the old one opened.
    if (Status ended = context.sessions.endAllOf(userId); !ended)
        return ended.error();
    context.usersToDisconnect.append(userId);
    context.auditEntity = kUserEntity;
    context.auditEntityId = userId;
    return published(context, userId);
}

Result<QCborMap> setDisabled(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 userId = fields.integer(QStringLiteral("userId"));
    const bool disabled = fields.boolean(QStringLiteral("disabled"), true);
    if (!fields.ok())
        return fields.error();
    auto user = existingUser(context, userId);
    if (!user)
        return user.error();
    if (userId == context.actor.userId && disabled)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("UserCommands", "You cannot disable your own account."));
    if (Status set = UserRepository(context.db).setDisabled(userId, disabled); !set)
        return set.error();
    if (disabled) {
        if (Status ended = context.sessions.endAllOf(userId); !ended)
            return ended.error();
        context.usersToDisconnect.append(userId);
    }
    context.auditEntity = kUserEntity;
    context.auditEntityId = userId;
    return published(context, userId);
}

// Users change their own password: the current one proves it is them at the keyboard.
Result<QCborMap> changePassword(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const QString current = fields.text(QStringLiteral("currentPassword"));
    const QString password = fields.text(QStringLiteral("newPassword"));
    if (!fields.ok())
        return fields.error();
    auto user = existingUser(context, context.actor.userId);
    if (!user)
        return user.error();
    bool currentRight = false;
    if (context.prepared && context.prepared->checkedHash) {
        // Checked on a worker thread against the hash stored then; a change since (another
        // window of the same user) would make that check stale.
        if (*context.prepared->checkedHash != user->passwordHash)
            return makeError(
                ErrorCode::Conflict,
                QCoreApplication::translate("UserCommands",
                                            "Your password was changed meanwhile; enter the new one as the "
                                            "current password and try again."));
        currentRight = context.prepared->currentMatches;
    } else {
        currentRight = context.hasher.verify(user->passwordHash, current);
    }
    if (!currentRight)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("UserCommands", "The current password is not right."));
    if (Status strong = checkPasswordStrength(password); !strong)
        return strong.error();
    if (password == current)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("UserCommands",
                                                     "The new password must differ from the current one."));
    if (Status set = UserRepository(context.db)
                         .setPasswordHash(user->id, newPasswordHash(context, password), context.nowText());
        !set)
        return set.error();
    // Sessions opened elsewhere with the old password end; this one goes on.
    if (Status ended = context.sessions.endAllOfExcept(user->id, context.sessionToken); !ended)
        return ended.error();
    context.auditEntity = kUserEntity;
    context.auditEntityId = user->id;
    return published(context, user->id);
}

} // namespace

void registerUserCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kUserCreate), createUser);
    registry.add(QString::fromLatin1(cmd::kUserResetPassword), resetPassword);
    registry.add(QString::fromLatin1(cmd::kUserSetDisabled), setDisabled);
    registry.add(QString::fromLatin1(cmd::kUserChangePassword), changePassword);
}

} // namespace gridsafe
