#pragma once
// Splits CSV text into rows and fields (RFC 4180): fields in double quotes may hold the delimiter,
// line breaks and "" for a quote; lines end in CRLF, LF or CR. Text arrives in pieces of any size.
// Lenient where Excel is (a stray quote inside an unquoted field is kept as text), strict where
// guessing would silently shift data (a quote left open at the end of the file); ="0123" is read
// as 0123, as Excel shows it. Empty fields at the end of a row and empty rows at the end of the
// file are dropped; only filled fields count against the bounds, since Excel writes a comma for
// every formatted empty column.

#include "sheets/SheetLimits.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace gridsafe {

class CsvParser
{
public:
    CsvParser(QChar delimiter, const SheetLimits &limits);

    std::optional<Error> feed(QStringView text);
    // After the last piece: the last row, or the error of a quote never closed.
    std::optional<Error> finish();
    QList<QStringList> takeRows() { return std::move(m_rows); }

    // The delimiter the first line uses (outside quotes): the most frequent of comma, tab and
    // semicolon, a comma when tied or when there is none.
    static QChar detectDelimiter(QStringView text);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    std::optional<Error> endField();
    std::optional<Error> endRow();
    qint64 rowIndex() const { return m_rows.size() + m_pendingEmptyRows; }

    const QChar m_delimiter;
    const SheetLimits &m_limits;
    State m_state = State::FieldStart;
    bool m_skipLineFeed = false; // after a CR: a following LF belongs to the same line end
    QString m_field;
    QStringList m_row;
    int m_pendingEmptyFields = 0; // kept only when a filled field follows
    qint64 m_pendingEmptyRows = 0;
    QList<QStringList> m_rows;
    qint64 m_cells = 0;
    qint64 m_quoteRow = 0; // where the open quoted field started, for the error
};

} // namespace gridsafe
