#pragma once
// gridsafe-cli's exit codes: stable, documented in README.md, for scripts.

namespace gridsafe {

enum CliExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,     // anything not listed below
    kExitUsage = 2,       // bad options or arguments
    kExitNetwork = 3,     // server unreachable, connection lost, time-out
    kExitAuth = 4,        // login failed, throttled, session ended or not logged in
    kExitRejected = 5,    // the server refused the command (invalid, forbidden, conflict, ...)
    kExitQueued = 6,      // saved in the outbox, not yet confirmed by the server
    kExitCertificate = 7, // unknown or changed server certificate
};

} // namespace gridsafe
