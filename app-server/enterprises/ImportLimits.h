#pragma once
// What imports can make the server hold (docs/PROTOCOL.md §3.4 and §13). Tests shrink them.

#include <QtGlobal>

#include <chrono>

namespace gridsafe {

struct ImportLimits
{
    int maxRowsPerJob = 200000;
    int maxRowsPerChunk = 2000;
    int maxRowBytes = 8 * 1024; // one row's CBOR cells
    int maxFieldsPerRow = 40;
    qint64 maxStagedBytesPerJob = 64 * 1024 * 1024;
    int maxJobsPerUser = 2; // a third replaces the user's oldest
    int maxJobs = 8;        // in all; beyond, begin is refused with `busy`
    std::chrono::seconds idleExpiry{2 * 60 * 60};
    int maxProblemsStored = 100000; // per check; the summary still counts them all
    int maxProblemsPage = 1000;
    int maxFileNameLength = 200;
};

} // namespace gridsafe
