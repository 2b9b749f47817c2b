#include "domain/CommandPermissions.h"

#include "domain/CommandName.h"

#include <initializer_list>

namespace gridsafe {

namespace {

struct Rule
{
    const char *command;
    std::initializer_list<Role> roles;
};

const Rule kRules[] = {
    {cmd::kGridCreate, {Role::Admin, Role::TownOperator}},
    {cmd::kGridUpdate, {Role::Admin, Role::TownOperator}},
    {cmd::kGridRetire, {Role::Admin, Role::TownOperator}},
    {cmd::kGridRestore, {Role::Admin, Role::TownOperator}},
    {cmd::kRegionCreate, {Role::Admin, Role::TownOperator}},
    {cmd::kRegionRename, {Role::Admin, Role::TownOperator}},
    {cmd::kRegionImport, {Role::Admin}},
    {cmd::kUserCreate, {Role::Admin}},
    {cmd::kUserResetPassword, {Role::Admin}},
    {cmd::kUserSetDisabled, {Role::Admin}},
    {cmd::kUserChangePassword, {Role::Admin, Role::DistrictReviewer, Role::TownOperator, Role::Inspector}},
    {cmd::kAuditVerify, {Role::Admin, Role::DistrictReviewer}},
};

} // namespace

bool roleMayRun(Role role, const QString &command)
{
    for (const Rule &rule : kRules) {
        if (command == QLatin1String(rule.command)) {
            for (Role allowed : rule.roles) {
                if (allowed == role)
                    return true;
            }
            return false;
        }
    }
    return false;
}

QStringList knownCommands()
{
    QStringList names;
    for (const Rule &rule : kRules)
        names.append(QString::fromLatin1(rule.command));
    return names;
}

} // namespace gridsafe
