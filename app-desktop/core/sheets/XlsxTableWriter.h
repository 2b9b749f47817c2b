#pragma once
// Writes a table to an .xlsx workbook with libxlsxwriter: a bold, filled, bordered header row,
// frozen and with an autofilter; text cells as strings and numbers as numbers; fill colours as
// given. The workbook is written next to the destination as "<path>.part" and renamed over it
// once complete, so a failure never leaves half a file under the chosen name.

#include "sheets/SheetExport.h"
#include "util/Result.h"

namespace gridsafe {

class XlsxTableWriter
{
public:
    static Status write(const QString &path, const SheetExport &table);

    // A name Excel accepts for a sheet: at most 31 characters, none of []:*?/\, not starting or
    // ending with an apostrophe, not empty and not the reserved "History".
    static QString excelSheetName(const QString &name);
};

} // namespace gridsafe
