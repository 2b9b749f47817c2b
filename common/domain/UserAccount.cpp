#include "domain/UserAccount.h"

#include "protocol/FieldReader.h"

namespace gridsafe {

QCborMap UserAccount::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("username"), username);
    map.insert(QStringLiteral("displayName"), displayName);
    map.insert(QStringLiteral("role"), roleName(role));
    map.insert(QStringLiteral("townId"), townId ? QCborValue(*townId) : QCborValue(nullptr));
    map.insert(QStringLiteral("disabled"), disabled);
    map.insert(QStringLiteral("createdAt"), createdAt);
    map.insert(QStringLiteral("lastLoginAt"),
               lastLoginAt.isEmpty() ? QCborValue(nullptr) : QCborValue(lastLoginAt));
    return map;
}

Result<UserAccount> UserAccount::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("user"));
    UserAccount account;
    account.id = fields.integer(QStringLiteral("id"));
    account.username = fields.text(QStringLiteral("username"));
    account.displayName = fields.text(QStringLiteral("displayName"));
    const QString role = fields.text(QStringLiteral("role"));
    account.townId = fields.optionalInteger(QStringLiteral("townId"));
    account.disabled = fields.boolean(QStringLiteral("disabled"), false);
    account.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    account.lastLoginAt = fields.optionalText(QStringLiteral("lastLoginAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    const std::optional<Role> known = roleFromName(role);
    if (!known)
        return makeError(ErrorCode::BadMessage, QStringLiteral("unknown role '%1'").arg(role));
    account.role = *known;
    return account;
}

} // namespace gridsafe
