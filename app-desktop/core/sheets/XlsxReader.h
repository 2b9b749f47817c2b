#pragma once
// Reads the first worksheet of an .xlsx workbook (Excel, WPS, LibreOffice) as text cells: the
// zip through libzip, each XML part streamed through QXmlStreamReader. Safe on any file: every
// bound of SheetLimits is kept, and a damaged or hostile workbook gives an error that says so.
// Stateless; may run on a worker thread.

#include "sheets/SheetData.h"
#include "sheets/SheetLimits.h"
#include "util/Result.h"

namespace gridsafe {

class XlsxReader
{
public:
    static Result<SheetData> read(const QString &path, const SheetProgress &progress = {},
                                  const SheetLimits &limits = {});
};

} // namespace gridsafe
