#pragma once
// Names of the replicated entities, as the change feed and docs/PROTOCOL.md spell them.
// Append only, like command names.

namespace gridsafe::entity {

inline constexpr char kRegion[] = "region";
inline constexpr char kGrid[] = "grid";
inline constexpr char kUser[] = "user";
inline constexpr char kInspector[] = "inspector";
inline constexpr char kAssignment[] = "assignment";
inline constexpr char kDivision[] = "division";
inline constexpr char kTraining[] = "training";
inline constexpr char kExam[] = "exam";
inline constexpr char kCertificate[] = "certificate";
inline constexpr char kTrainingPlan[] = "trainingPlan";
inline constexpr char kAgency[] = "agency";
inline constexpr char kContract[] = "contract";
inline constexpr char kEngagement[] = "engagement";
inline constexpr char kFiling[] = "filing";
inline constexpr char kBoundary[] = "boundary";
inline constexpr char kEnterprise[] = "enterprise";

} // namespace gridsafe::entity
