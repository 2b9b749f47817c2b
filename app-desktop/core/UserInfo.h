#pragma once
// The logged-in user as the server described it in the login reply.

#include "domain/Role.h"

#include <QCborMap>
#include <QString>

#include <optional>

namespace gridsafe {

struct UserInfo
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Inspector;
    std::optional<qint64> townId;

    static UserInfo fromLoginReply(const QCborMap &user)
    {
        UserInfo info;
        info.id = user.value(QStringLiteral("id")).toInteger();
        info.username = user.value(QStringLiteral("username")).toString();
        info.displayName = user.value(QStringLiteral("displayName")).toString();
        info.role = roleFromName(user.value(QStringLiteral("role")).toString()).value_or(Role::Inspector);
        const QCborValue town = user.value(QStringLiteral("townId"));
        if (town.isInteger())
            info.townId = town.toInteger();
        return info;
    }
};

} // namespace gridsafe
