#pragma once
// The bounds every sheet reader keeps, so that a hostile or broken file ends in a clear error,
// never in a crash or in unbounded memory. The defaults are the product's; tests make them small.

#include <QtGlobal>

#include <functional>

namespace gridsafe {

struct SheetLimits
{
    qint64 maxFileBytes = 256LL * 1024 * 1024;
    int maxRows = 200001; // a header row and 200,000 data rows
    int maxColumns = 256;
    int maxCellChars = 32767; // Excel's own limit for one cell
    // Cells kept in memory, the empty ones before a filled cell of the same row included: a
    // small file of sparse cell references must not grow into gigabytes of empty cells.
    qint64 maxCells = 10'000'000;
    // One part of a workbook, unpacked; counted while inflating, as the zip's headers can lie.
    qint64 maxPartBytes = 256LL * 1024 * 1024;
    int maxSharedStrings = 4'000'000;
};

// Called now and then (not per cell) with an estimate of the work done; returning false cancels
// the read. Called on the reading thread.
using SheetProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace gridsafe
