#pragma once
// The district at its real size: by default 100,000 enterprises across the towns, on top of
// the demo's regions, accounts, grids, inspectors, trainings, filings and map outlines. It is
// generated in a temporary folder through the real import path, then served by a real
// gridsafe-server process, and measured:
//   initial_sync_s      a reviewer's empty replica synced in full over loopback TLS;
//   raw_insert_s        the same rows copied into a fresh replica file with the same schema
//                       and indexes in one transaction (the local limit), and their ratio;
//   client_peak_rss_mb  peak resident memory of this process during the sync;
//   server_peak_rss_mb  peak resident memory of the server process.

namespace gridsafe::bench {

class BenchReport;

// False when a step failed (the reason is printed).
bool runDistrictBench(BenchReport &report, int enterprises);

} // namespace gridsafe::bench
