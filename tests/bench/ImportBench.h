#pragma once
// The register at district scale: a generated sheet of enterprises written as .xlsx, read
// back, imported through the real path (upload in chunks over TLS, the server's check, the
// commit), synced into an administrator's replica, then the register's table model loaded,
// filtered and sorted over all of it.

namespace gridsafe::test {
class TestServer;
}

namespace gridsafe::bench {

class BenchReport;

bool runImportBench(test::TestServer &server, int rows, BenchReport &report);

} // namespace gridsafe::bench
