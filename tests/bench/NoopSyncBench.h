#pragma once
// What a town office's client pays to learn that nothing is new for it: a sync with nothing
// to fetch over TLS on loopback, timed with a small change log and again after the district's
// other towns have filled it with a large one. The pull reads an index range, so the two
// should cost the same.

namespace gridsafe::test {
class TestServer;
}

namespace gridsafe::bench {

class BenchReport;

// `largeLog` rows are added to the feed (other towns' enterprises) between the two
// measurements. False when a step failed (the reason is printed).
bool runNoopSyncBench(test::TestServer &server, int largeLog, BenchReport &report);

} // namespace gridsafe::bench
