#pragma once
// The cells of one worksheet part (<sheetData>) as rows of text. A cell goes where its
// reference (r="C5") puts it, as writers leave out empty cells and rows; a cell without one
// follows the previous cell. Numbers, dates, booleans and the several kinds of text become the
// text Excel shows. Every bound of SheetLimits is kept as the cells arrive.

#include "sheets/SheetLimits.h"
#include "sheets/XlsxDateStyles.h"
#include "sheets/XmlPartReader.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace gridsafe {

class XlsxSheetReader
{
public:
    XlsxSheetReader(const QStringList &sharedStrings, const XlsxDateStyles &dateStyles, bool date1904,
                    const SheetLimits &limits);

    Result<QList<QStringList>> read(XmlPartReader &part);

    // "C5" → 0-based row 4, column 2; false when it is no cell reference of an Excel sheet.
    static bool parseCellReference(QStringView reference, qint64 *row, int *column);

private:
    std::optional<Error> readCell(XmlPartReader &part);
    std::optional<Error> readCellContent(XmlPartReader &part, qint64 row, int column);
    // The text of a cell of this type (t) and style (s) from its <v>, or from its <is> when inline.
    std::optional<Error> cellText(QStringView type, int style, qint64 row, int column, QString *text) const;
    std::optional<Error> place(qint64 row, int column, QString text);

    const QStringList &m_sharedStrings;
    const XlsxDateStyles &m_dateStyles;
    const bool m_date1904;
    const SheetLimits &m_limits;
    QList<QStringList> m_rows;
    qint64 m_row = -1;
    int m_nextColumn = 0;
    qint64 m_cells = 0;
    // Reused from cell to cell, so that reading a cell allocates only for the text it keeps.
    QString m_value;
    QString m_inlineText;
    bool m_hasInlineText = false;
};

} // namespace gridsafe
