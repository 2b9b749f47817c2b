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
// Replies and notes.
inline constexpr char kReply[] = "reply";
inline constexpr char kError[] = "error";
inline constexpr char kChangedNote[] = "note.changed";
inline constexpr char kSessionEndedNote[] = "note.sessionEnded";

} // namespace gridsafe::msg
