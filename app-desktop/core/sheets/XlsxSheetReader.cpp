#include "sheets/XlsxSheetReader.h"

#include "sheets/ExcelValueText.h"
#include "sheets/SheetErrors.h"
#include "sheets/XlsxSharedStrings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals; // compile-time lengths: QLatin1String("…") measures at run time in Debug

namespace gridsafe {

namespace {

constexpr qint64 kExcelMaxRows = 1048576;

Error badCell(const QString &detail)
{
    return SheetErrors::notXlsx(detail);
}

} // namespace

XlsxSheetReader::XlsxSheetReader(const QStringList &sharedStrings, const XlsxDateStyles &dateStyles,
                                 bool date1904, const SheetLimits &limits) :
    m_sharedStrings(sharedStrings),
    m_dateStyles(dateStyles),
    m_date1904(date1904),
    m_limits(limits)
{}

Result<QList<QStringList>> XlsxSheetReader::read(XmlPartReader &part)
{
    while (part.readNext()) {
        const QXmlStreamReader &xml = part.xml();
        if (xml.tokenType() == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == "c"_L1) {
                if (std::optional<Error> error = readCell(part))
                    return *error;
            } else if (name == "row"_L1) {
                const QStringView number = part.attribute("r"_L1);
                if (number.isEmpty()) {
                    ++m_row;
                } else {
                    bool ok = false;
                    const qint64 row = number.toLongLong(&ok);
                    if (!ok || row < 1 || row > kExcelMaxRows)
                        return badCell(
                            QCoreApplication::translate("XlsxSheetReader", "a row is numbered “%1”")
                                .arg(number.left(20)));
                    m_row = row - 1;
                }
                m_nextColumn = 0;
            }
        } else if (xml.tokenType() == QXmlStreamReader::EndElement && xml.name() == "sheetData"_L1) {
            break; // merged cells, page setup and the like follow: nothing to read
        }
    }
    if (part.error())
        return *part.error();
    return std::move(m_rows);
}

std::optional<Error> XlsxSheetReader::readCell(XmlPartReader &part)
{
    qint64 row = qMax<qint64>(m_row, 0);
    int column = m_nextColumn;
    int style = 0;
    QStringView type;
    // Type names are short and few: kept as a view of these literals, not as a copy.
    static constexpr QStringView kTypes[] = {u"s", u"inlineStr", u"str", u"b", u"e", u"d", u"n"};
    {
        // Scoped: a copy of the attributes still held when the reader moves on makes it copy
        // them deeply, for every cell.
        const QXmlStreamAttributes attributes = part.xml().attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            const QStringView name = attribute.name();
            if (name == "r"_L1) {
                if (!parseCellReference(attribute.value(), &row, &column))
                    return badCell(QCoreApplication::translate("XlsxSheetReader", "a cell is named “%1”")
                                       .arg(attribute.value().left(20)));
            } else if (name == "t"_L1) {
                type = u"?";
                for (const QStringView known : kTypes) {
                    if (attribute.value() == known)
                        type = known;
                }
            } else if (name == "s"_L1) {
                style = attribute.value().toInt();
            }
        }
    }
    m_row = row;
    m_nextColumn = column + 1;
    if (std::optional<Error> error = readCellContent(part, row, column))
        return error;

    QString text;
    if (std::optional<Error> error = cellText(type, style, row, column, &text))
        return error;
    if (text.isEmpty())
        return std::nullopt;
    if (text.size() > m_limits.maxCellChars)
        return SheetErrors::cellTooLong(SheetErrors::cellName(row, column), m_limits);
    return place(row, column, std::move(text));
}

// Reads up to the cell's end tag: <v> into m_value, <is> into m_inlineText; formulas skipped.
std::optional<Error> XlsxSheetReader::readCellContent(XmlPartReader &part, qint64 row, int column)
{
    m_value.resize(0);
    m_hasInlineText = false;
    bool inValue = false;
    // Escapes are 7 characters for 1: the raw text may be that much longer than the cell.
    const qsizetype maxRawChars = qsizetype(m_limits.maxCellChars) * 7;
    while (part.readNext()) {
        const QXmlStreamReader &xml = part.xml();
        switch (xml.tokenType()) {
        case QXmlStreamReader::Characters:
            if (inValue) {
                m_value.append(xml.text());
                if (m_value.size() > maxRawChars)
                    return SheetErrors::cellTooLong(SheetErrors::cellName(row, column), m_limits);
            }
            break;
        case QXmlStreamReader::StartElement:
            if (xml.name() == "v"_L1) {
                inValue = true;
            } else if (xml.name() == "is"_L1) {
                switch (XlsxSharedStrings::readItem(part, m_limits.maxCellChars, &m_inlineText)) {
                case XlsxSharedStrings::Item::Read:
                    m_hasInlineText = true;
                    break;
                case XlsxSharedStrings::Item::TooLong:
                    return SheetErrors::cellTooLong(SheetErrors::cellName(row, column), m_limits);
                case XlsxSharedStrings::Item::Failed:
                    return part.error();
                }
            } else {
                part.skipElement(); // <f>, the formula: its result is in <v>
            }
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == "c"_L1)
                return std::nullopt;
            inValue = false;
            break;
        default:
            break;
        }
    }
    return part.error();
}

std::optional<Error> XlsxSheetReader::cellText(QStringView type, int style, qint64 row, int column,
                                               QString *text) const
{
    const QStringView value(m_value);
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return badCell(
                QCoreApplication::translate("XlsxSheetReader", "cell %1 names a shared text that is missing")
                    .arg(SheetErrors::cellName(row, column)));
        *text = m_sharedStrings.at(index);
    } else if (type == u"inlineStr" || (type.isEmpty() && m_hasInlineText)) { // some writers leave out t
        *text = m_hasInlineText ? m_inlineText : QString();
    } else if (type == u"b") {
        *text = value.isEmpty()           ? QString()
                : value.trimmed() == u"1" ? QStringLiteral("TRUE")
                                          : QStringLiteral("FALSE");
    } else if (type == u"str" || type == u"e") {
        *text = value.contains(u"_x") ? XlsxSharedStrings::unescape(m_value) : m_value;
    } else if (type == u"d") { // an ISO 8601 date-time (strict OOXML): its date
        *text = (value.size() >= 10 && value.at(4) == u'-' ? value.left(10) : value).toString();
    } else if (!value.isEmpty()) { // a number ("n", or no type at all)
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) {
            *text = m_value;
            return std::nullopt;
        }
        if (m_dateStyles.isDate(style))
            *text = ExcelValueText::serialDate(number, m_date1904); // empty when no date Excel shows
        if (text->isEmpty())
            *text = ExcelValueText::number(number);
    }
    return std::nullopt;
}

std::optional<Error> XlsxSheetReader::place(qint64 row, int column, QString text)
{
    // Only filled cells count against the bounds: writers leave formatted empty cells and rows
    // far beyond the table, and trailing empty rows are dropped anyway.
    if (row >= m_limits.maxRows)
        return SheetErrors::tooManyRows(m_limits);
    if (column >= m_limits.maxColumns)
        return SheetErrors::tooManyColumns(m_limits);
    if (row >= m_rows.size())
        m_rows.resize(row + 1);
    QStringList &cells = m_rows[row];
    if (column >= cells.size()) {
        m_cells += column + 1 - cells.size();
        if (m_cells > m_limits.maxCells)
            return SheetErrors::tooManyCells(m_limits);
        if (cells.isEmpty()) // most rows are as wide as the header: one allocation each
            cells.reserve(qMax(m_rows.constFirst().size(), qsizetype(column + 1)));
        if (column > cells.size())
            cells.resize(column);
        cells.append(std::move(text));
        return std::nullopt;
    }
    cells[column] = std::move(text);
    return std::nullopt;
}

bool XlsxSheetReader::parseCellReference(QStringView reference, qint64 *row, int *column)
{
    const char16_t *c = reference.utf16();
    const char16_t *end = c + reference.size();
    int letters = 0;
    int count = 0;
    for (; c != end && count <= 3; ++c, ++count) {
        const char16_t upper = *c >= u'a' && *c <= u'z' ? char16_t(*c - u'a' + u'A') : *c;
        if (upper < u'A' || upper > u'Z')
            break;
        letters = letters * 26 + (upper - u'A' + 1);
    }
    if (count == 0 || count > 3 || c == end)
        return false;
    qint64 number = 0;
    for (; c != end; ++c) {
        if (*c < u'0' || *c > u'9')
            return false;
        number = number * 10 + (*c - u'0');
        if (number > kExcelMaxRows)
            return false;
    }
    if (number < 1)
        return false;
    *row = number - 1;
    *column = letters - 1;
    return true;
}

} // namespace gridsafe
