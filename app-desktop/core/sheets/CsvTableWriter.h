#pragma once
// Writes a table to a CSV file that Excel and WPS open as they should: UTF-8 with a byte order
// mark (or GB18030), CRLF line ends, quotes where RFC 4180 needs them, and text that a
// spreadsheet would run as a formula defused. Fill colours have no place in CSV and are dropped.
// The file appears whole or not at all (QSaveFile).

#include "sheets/CsvEncoding.h"
#include "sheets/SheetExport.h"
#include "util/Result.h"

namespace gridsafe {

class CsvTableWriter
{
public:
    static Status write(const QString &path, const SheetExport &table,
                        CsvEncoding encoding = CsvEncoding::Utf8WithBom);

    // One field as it appears in the file (without the delimiter).
    static QString field(const SheetCell &cell);
};

} // namespace gridsafe
