#pragma once
// Domain command names. Append only, like message types.

namespace gridsafe::cmd {

inline constexpr char kGridCreate[] = "grid.create";
inline constexpr char kGridUpdate[] = "grid.update";
inline constexpr char kGridRetire[] = "grid.retire";
inline constexpr char kRegionCreate[] = "region.create";
inline constexpr char kRegionRename[] = "region.rename";
inline constexpr char kUserCreate[] = "user.create";
inline constexpr char kUserResetPassword[] = "user.resetPassword";
inline constexpr char kUserSetDisabled[] = "user.setDisabled";
inline constexpr char kAuditVerify[] = "audit.verify";
inline constexpr char kGridRestore[] = "grid.restore";
inline constexpr char kUserChangePassword[] = "user.changePassword";
inline constexpr char kRegionImport[] = "region.import";

} // namespace gridsafe::cmd
