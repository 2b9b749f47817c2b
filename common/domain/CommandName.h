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
inline constexpr char kInspectorCreate[] = "inspector.create";
inline constexpr char kInspectorUpdate[] = "inspector.update";
inline constexpr char kGridAssignInspector[] = "grid.assignInspector";
inline constexpr char kGridUnassignInspector[] = "grid.unassignInspector";
inline constexpr char kTrainingRecord[] = "training.record";
inline constexpr char kTrainingUpdate[] = "training.update";
inline constexpr char kExamRecord[] = "exam.record";
inline constexpr char kCertificateIssue[] = "certificate.issue";
inline constexpr char kCertificateRevoke[] = "certificate.revoke";
inline constexpr char kTrainingSetPlan[] = "training.setPlan";
inline constexpr char kAgencyCreate[] = "agency.create";
inline constexpr char kAgencyUpdate[] = "agency.update";
inline constexpr char kContractCreate[] = "contract.create";
inline constexpr char kContractTerminate[] = "contract.terminate";
inline constexpr char kEngagementCreate[] = "engagement.create";
inline constexpr char kFilingSubmit[] = "filing.submit";
inline constexpr char kFilingDecide[] = "filing.decide";
inline constexpr char kRegionImportBoundaries[] = "region.importBoundaries";
inline constexpr char kEnterpriseCreate[] = "enterprise.create";
inline constexpr char kEnterpriseUpdate[] = "enterprise.update";
inline constexpr char kEnterpriseSetSupervision[] = "enterprise.setSupervision";
inline constexpr char kEnterpriseRecordRiskReport[] = "enterprise.recordRiskReport";
inline constexpr char kEnterpriseImport[] = "enterprise.import";

} // namespace gridsafe::cmd
