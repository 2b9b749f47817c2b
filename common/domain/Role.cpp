#include "domain/Role.h"

#include <QCoreApplication>

namespace gridsafe {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::DistrictReviewer:
        return QStringLiteral("reviewer");
    case Role::TownOperator:
        return QStringLiteral("operator");
    case Role::Inspector:
        return QStringLiteral("inspector");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Admin, Role::DistrictReviewer, Role::TownOperator, Role::Inspector}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::DistrictReviewer:
        return QCoreApplication::translate("Role", "District reviewer");
    case Role::TownOperator:
        return QCoreApplication::translate("Role", "Town operator");
    case Role::Inspector:
        return QCoreApplication::translate("Role", "Grid inspector");
    }
    return {};
}

bool roleNeedsTown(Role role)
{
    return role == Role::TownOperator || role == Role::Inspector;
}

} // namespace gridsafe
