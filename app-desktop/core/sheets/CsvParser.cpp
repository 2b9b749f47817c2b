#include "sheets/CsvParser.h"

#include "sheets/SheetErrors.h"

#include <QCoreApplication>

namespace gridsafe {

CsvParser::CsvParser(QChar delimiter, const SheetLimits &limits) : m_delimiter(delimiter), m_limits(limits)
{}

std::optional<Error> CsvParser::feed(QStringView text)
{
    for (const QChar c : text) {
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (c == u'\n')
                continue;
        }
        const bool lineEnd = c == u'\n' || c == u'\r';
        switch (m_state) {
        case State::Quoted:
            if (c == u'"')
                m_state = State::QuoteInQuoted;
            else
                m_field.append(c);
            break;
        case State::QuoteInQuoted:
            if (c == u'"') { // "" inside quotes: one quote
                m_field.append(c);
                m_state = State::Quoted;
                break;
            }
            [[fallthrough]];
        case State::FieldStart:
        case State::Unquoted:
            if (c == m_delimiter) {
                if (std::optional<Error> error = endField())
                    return error;
            } else if (lineEnd) {
                m_skipLineFeed = c == u'\r';
                if (std::optional<Error> error = endRow())
                    return error;
            } else if (c == u'"' && m_state == State::FieldStart) {
                m_state = State::Quoted;
                m_quoteRow = rowIndex();
            } else {
                m_field.append(c);
                m_state = State::Unquoted;
            }
            break;
        }
        if (m_field.size() > m_limits.maxCellChars)
            return SheetErrors::cellTooLong(
                SheetErrors::cellName(rowIndex(), int(m_row.size()) + m_pendingEmptyFields), m_limits);
    }
    return std::nullopt;
}

std::optional<Error> CsvParser::finish()
{
    if (m_state == State::Quoted)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "CsvParser", "The file ends inside a quoted field that starts in row %1: "
                                          "a closing quotation mark (\") is missing.")
                             .arg(m_quoteRow + 1));
    if (m_state != State::FieldStart || !m_row.isEmpty() || m_pendingEmptyFields > 0)
        return endRow();
    return std::nullopt;
}

std::optional<Error> CsvParser::endField()
{
    m_state = State::FieldStart;
    // ="0123" is how systems keep leading zeros and long codes as text in a CSV meant for Excel,
    // which shows it as 0123.
    if (m_field.size() >= 3 && m_field.startsWith(u"=\"") && m_field.endsWith(u'"'))
        m_field = m_field.mid(2, m_field.size() - 3).replace(QLatin1String("\"\""), QLatin1String("\""));
    if (m_field.isEmpty()) {
        ++m_pendingEmptyFields;
        return std::nullopt;
    }
    const qint64 column = m_row.size() + m_pendingEmptyFields;
    if (column >= m_limits.maxColumns)
        return SheetErrors::tooManyColumns(m_limits);
    if (rowIndex() >= m_limits.maxRows)
        return SheetErrors::tooManyRows(m_limits);
    m_cells += m_pendingEmptyFields + 1;
    if (m_cells > m_limits.maxCells)
        return SheetErrors::tooManyCells(m_limits);
    for (; m_pendingEmptyFields > 0; --m_pendingEmptyFields)
        m_row.append(QString());
    m_row.append(std::move(m_field));
    m_field = QString();
    return std::nullopt;
}

std::optional<Error> CsvParser::endRow()
{
    if (std::optional<Error> error = endField())
        return error;
    m_pendingEmptyFields = 0;
    if (m_row.isEmpty()) {
        ++m_pendingEmptyRows;
        return std::nullopt;
    }
    for (; m_pendingEmptyRows > 0; --m_pendingEmptyRows)
        m_rows.append(QStringList());
    m_rows.append(std::move(m_row));
    m_row = QStringList();
    return std::nullopt;
}

QChar CsvParser::detectDelimiter(QStringView text)
{
    int commas = 0;
    int tabs = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted; // "" inside quotes flips twice: no harm
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    if (tabs > commas && tabs >= semicolons)
        return u'\t';
    if (semicolons > commas && semicolons > tabs)
        return u';';
    return u',';
}

} // namespace gridsafe
