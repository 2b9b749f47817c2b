#pragma once
// The refusals the sheet readers and writers share, worded for the office worker who chose the
// file: each says what is wrong and what to do about it.

#include "sheets/SheetLimits.h"
#include "util/Result.h"

namespace gridsafe {

class SheetErrors
{
public:
    // "A", "B", … "Z", "AA": the column's name as Excel shows it (0-based column).
    static QString columnName(int column);
    // "C5" for 0-based row 4 and column 2.
    static QString cellName(qint64 row, int column);

    static Error notXlsx(const QString &detail);
    static Error oldXls();
    static Error encrypted();
    static Error openDocument();
    static Error tooManyRows(const SheetLimits &limits);
    static Error tooManyColumns(const SheetLimits &limits);
    static Error tooManyCells(const SheetLimits &limits);
    static Error cellTooLong(const QString &cell, const SheetLimits &limits);
    static Error partTooLarge(const QString &part, qint64 maxBytes);
    static Error cancelled();
    // Writing `path` failed; `why` says why in the user's words.
    static Error cannotWrite(const QString &path, const QString &why);
};

} // namespace gridsafe
