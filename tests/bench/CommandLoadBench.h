#pragma once
// Commands per second from many offices at once (group commit): town operators registering
// enterprises (enterprise.create, a write of the record, its change row and its audit entry),
// each client waiting for its answer before sending the next, over TLS to a real
// gridsafe-server process on loopback. Measured with 1 and with 50 clients, and with 50
// against a server started with --commit-batch 1 (a durable commit per command).

namespace gridsafe::bench {

class BenchReport;

// False when a step failed (the reason is printed).
bool runCommandLoadBench(BenchReport &report, bool quick);

} // namespace gridsafe::bench
