#pragma once
// Stable error codes sent in error frames. Append only: a code never changes meaning.

#include <QString>

namespace gridsafe {

enum class ErrorCode {
    BadFrame,           // frame header or structure cannot be trusted; connection closes
    FrameTooLarge,      // declared length above the cap; connection closes
    BadCbor,            // body is not well-formed CBOR; connection closes
    BadMessage,         // a field is missing or has the wrong type
    UnknownType,        // message type not known to this server
    HelloRequired,      // a request arrived before the hello exchange
    ProtocolMismatch,   // client and server speak different protocol versions
    AuthRequired,       // the request needs a logged-in session
    AuthFailed,         // wrong user name or password (never says which)
    Throttled,          // too many failed logins; retry later
    SessionExpired,     // token unknown, expired or ended
    Forbidden,          // role or scope does not allow this
    Invalid,            // validation failed; message says what to fix
    NotFound,           // the target does not exist (or is not visible)
    Conflict,           // stale revision or state moved on
    UnknownCommand,     // command name not known to this server
    Internal,           // server fault; the data is unchanged
    Network,            // client side: connection lost or refused
    CertificateChanged, // client side: the pinned certificate differs
    CertificateUnknown, // client side: first contact, certificate not yet trusted
    TooManyConnections, // connection limit (in all or per address) reached; connection closes
    TooLarge,           // client side: a command too large for any frame; it can never be sent
    Busy,               // a documented server bound is full (e.g. open imports); retry later
    Cancelled,          // client side: the user stopped a long task (reading a file, an upload)
};

QString errorCodeName(ErrorCode code);
bool errorCodeFromName(const QString &name, ErrorCode *code);

// True when an error frame without an id means the server is closing the connection
// (the stream cannot be trusted, the versions differ, or no login came in time). Other
// id-less errors, such as an envelope with a missing field, leave it open.
bool errorClosesConnection(ErrorCode code);

} // namespace gridsafe
