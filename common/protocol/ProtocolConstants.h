#pragma once
// Numbers both ends must agree on. Documented in docs/PROTOCOL.md.

#include <QtGlobal>

namespace gridsafe {

inline constexpr int kProtocolVersion = 1;
inline constexpr quint16 kDefaultPort = 47470;
inline constexpr quint32 kFrameHeaderBytes = 4;
// Cap on an authenticated frame; large payloads travel in pages or chunks below it.
inline constexpr quint32 kMaxFrameBytes = 4u * 1024u * 1024u;
// Cap before login: hello and login frames are tiny, so a stranger cannot make us buffer much.
inline constexpr quint32 kMaxUnauthenticatedFrameBytes = 64u * 1024u;

} // namespace gridsafe
