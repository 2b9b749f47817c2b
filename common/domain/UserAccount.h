#pragma once
// 用户账号 — an account as administrators see it in their replica: who, which role and town,
// whether it may log in, and when it last did. Never the password or its hash.

#include "domain/Role.h"
#include "util/Result.h"

#include <QCborMap>
#include <QString>

#include <optional>

namespace gridsafe {

struct UserAccount
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Inspector;
    std::optional<qint64> townId;
    bool disabled = false;
    QString createdAt;
    QString lastLoginAt; // empty: never logged in

    QCborMap toPayload() const;
    static Result<UserAccount> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
