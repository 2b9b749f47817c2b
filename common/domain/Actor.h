#pragma once
// Who is acting: the logged-in user with role and scope.

#include "domain/Role.h"

#include <QString>

#include <optional>

namespace gridsafe {

struct Actor
{
    qint64 userId = 0;
    QString username;
    Role role = Role::Inspector;
    std::optional<qint64> townId; // set for town operators and inspectors

    // Admins and district reviewers see every town; the others only their own.
    bool coversTown(qint64 town) const;
    bool seesAllTowns() const;
};

} // namespace gridsafe
