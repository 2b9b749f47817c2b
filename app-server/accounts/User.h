#pragma once
// 用户 — an account with one role; town operators and inspectors belong to one town.

#include "domain/Actor.h"

#include <QString>

#include <optional>

namespace gridsafe {

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Inspector;
    std::optional<qint64> townId;
    QString passwordHash;
    bool disabled = false;

    Actor toActor() const { return Actor{id, username, role, townId}; }
};

} // namespace gridsafe
