#pragma once
// The paths a town's daily work and a first login depend on: grid commands through the
// executor (one durable transaction each), a reviewer's first sync over TLS on loopback into
// a fresh replica, and live updates (one user's change until another's replica has it).

namespace gridsafe::test {
class TestServer;
}

namespace gridsafe::bench {

class BenchReport;

// False when a step failed (the reason is printed).
bool runSyncBench(test::TestServer &server, int grids, BenchReport &report);

} // namespace gridsafe::bench
