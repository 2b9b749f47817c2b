#pragma once
// The cells of one sheet as text, as a reader found them: the first row is the file's header row
// (the caller matches headers to fields), and each later row keeps its place, so row 7 here is
// row 7 in Excel. Rows stop at their last filled cell, so they may be shorter than the header.

#include <QList>
#include <QString>
#include <QStringList>

namespace gridsafe {

struct SheetData
{
    QString sheetName;
    QString encoding; // for a CSV file, the text encoding found: "UTF-8", "GB18030", "UTF-16LE"…
    QList<QStringList> rows;

    // The text of a cell, empty outside the rows and columns the file filled.
    QString cell(qsizetype row, qsizetype column) const
    {
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
            return {};
        return rows.at(row).at(column);
    }
};

} // namespace gridsafe
