#pragma once
// Reads the table of a spreadsheet file the user chose: .xlsx/.xlsm through XlsxReader, .csv and
// .txt through CsvTableReader. What the content says wins over the extension (an .xlsx renamed
// .csv is still read), and files it cannot read (.xls, encrypted workbooks, other formats) are
// refused with what to do instead. Stateless; meant to run on a worker thread (QtConcurrent).

#include "sheets/SheetData.h"
#include "sheets/SheetLimits.h"
#include "util/Result.h"

namespace gridsafe {

class SpreadsheetReader
{
public:
    // progress(done, total) is called now and then with an estimate; returning false cancels the
    // read, which then returns an ErrorCode::Cancelled error.
    static Result<SheetData> read(const QString &path, const SheetProgress &progress = {},
                                  const SheetLimits &limits = {});
};

} // namespace gridsafe
