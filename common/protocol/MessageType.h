#pragma once
// Message types. Append only: never rename or reuse a type (docs/PROTOCOL.md §4).

namespace gridsafe::msg {

inline constexpr char kHello[] = "hello";
inline constexpr char kLogin[] = "auth.login";
inline constexpr char kResume[] = "auth.resume";
inline constexpr char kLogout[] = "auth.logout";
inline constexpr char kPing[] = "ping";
inline constexpr char kPull[] = "sync.pull";
inline constexpr char kCommand[] = "command";
// The staging of an import (docs/PROTOCOL.md §6.8, §6.9) and reads that are not replicated.
inline constexpr char kImportBegin[] = "import.begin";
inline constexpr char kImportUpload[] = "import.upload";
inline constexpr char kImportStatus[] = "import.status";
inline constexpr char kImportCheck[] = "import.check";
inline constexpr char kImportProblems[] = "import.problems";
inline constexpr char kImportCancel[] = "import.cancel";
inline constexpr char kEnterpriseHistory[] = "enterprise.history";
// Replies and notes.
inline constexpr char kReply[] = "reply";
inline constexpr char kError[] = "error";
inline constexpr char kChangedNote[] = "note.changed";
inline constexpr char kSessionEndedNote[] = "note.sessionEnded";

} // namespace gridsafe::msg
