#pragma once
// What one client, or many strangers together, can make the server hold. Every number
// here is documented in docs/PROTOCOL.md ("Limits"); tests shrink them to reach the edges.

#include <QtGlobal>

#include <chrono>

namespace gridsafe {

struct ServerLimits
{
    // TLS handshakes in progress. When full, the oldest one gives way to the newcomer, so
    // strangers who never finish cannot keep a real client out.
    int maxHandshakes = 64;
    int maxHandshakesPerAddress = 16;
    std::chrono::milliseconds handshakeTimeout{10 * 1000};

    // Encrypted connections; beyond these a newcomer gets too_many_connections. An office
    // behind one NAT address shares the per-address limit.
    int maxConnections = 512;
    int maxConnectionsPerAddress = 64;
    // Refused connections still being told why (each for at most closeGrace); past this a
    // refusal is a plain close, so refusals cannot pile up sockets either.
    int maxRefusalsClosing = 64;

    // A stranger must log in within this time of connecting (or of its session ending).
    std::chrono::milliseconds loginDeadline{60 * 1000};
    // A frame begun must keep arriving: no byte for this long mid-frame closes the link.
    std::chrono::milliseconds partialFrameTimeout{60 * 1000};
    // Replies waiting for a client that does not read: past these the server reads no
    // more requests from it until it has taken them (before and after login).
    qint64 replyBacklogBytesBeforeLogin = 64 * 1024;
    qint64 replyBacklogBytes = 2 * 1024 * 1024;
    // Bytes read from the socket and not yet handled, beyond the frame being assembled.
    qint64 socketReadBufferBytes = 64 * 1024;
    // A login waiting for other checks of its name or address looks again after this.
    std::chrono::milliseconds deferredLoginRetry{20};
    // A connection being closed gets this long to take its last error frame.
    std::chrono::milliseconds closeGrace{5 * 1000};
    // Commands written in one transaction by the CommandWriter. Each connection has at most
    // one command with the writer (it reads its next frame once that one is answered), so
    // the writer's queue never holds more than maxConnections commands.
    int maxCommitBatch = 256;
};

} // namespace gridsafe
