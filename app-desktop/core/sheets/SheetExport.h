#pragma once
// A table to write to a file: one sheet with a header row and rows of cells.

#include "sheets/SheetCell.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gridsafe {

struct SheetExport
{
    QString sheetName; // cleaned for Excel by the xlsx writer; not used in a CSV file
    QStringList headers;
    // In characters, per column; a missing or non-positive width is estimated from the header
    // and the first rows.
    QList<double> columnWidths;
    QList<QList<SheetCell>> rows;
};

} // namespace gridsafe
