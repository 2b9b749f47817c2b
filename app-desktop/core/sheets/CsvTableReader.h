#pragma once
// Reads the rows of a CSV file from its bytes. The encoding is found, not asked: a UTF-8 or
// UTF-16 byte order mark says it; otherwise valid UTF-8 is UTF-8, and anything else is taken as
// GB18030 (the superset of GBK, which Chinese Excel and WPS write when saving "CSV"). The
// delimiter is the comma, tab or semicolon the first line uses. Stateless; may run on a worker
// thread.

#include "sheets/SheetData.h"
#include "sheets/SheetLimits.h"
#include "util/Result.h"

#include <QByteArray>

namespace gridsafe {

class CsvTableReader
{
public:
    // The rows, with SheetData::encoding set; the sheet name is left to the caller.
    static Result<SheetData> read(const QByteArray &bytes, const SheetProgress &progress = {},
                                  const SheetLimits &limits = {});
};

} // namespace gridsafe
