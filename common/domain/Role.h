#pragma once
// The four roles. Stored and sent by their stable names.

#include <QString>

#include <optional>

namespace gridsafe {

enum class Role {
    Admin,            // 管理员: users, rules, templates, exports
    DistrictReviewer, // 区级审核员: all towns; filings, escalations, verification
    TownOperator,     // 镇/街道应急办操作员: one town
    Inspector,        // 网格员: records own patrols, one town
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
QString roleDisplayName(Role role);
// Roles bound to one town must carry a town id.
bool roleNeedsTown(Role role);

} // namespace gridsafe
