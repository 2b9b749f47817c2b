#include "sheets/XlsxTableWriter.h"

#include "sheets/NativeFileName.h"
#include "sheets/SheetErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace gridsafe {

namespace {

constexpr int kMaxSheetNameLength = 31;
constexpr int kMaxCellChars = 32767;
constexpr qsizetype kMaxRows = 1048576;
constexpr qsizetype kMaxColumns = 16384;
constexpr qsizetype kWidthSampleRows = 200;
constexpr double kMinAutoWidth = 8;
constexpr double kMaxAutoWidth = 60;
constexpr lxw_color_t kHeaderFill = 0xDDEBF7; // light blue

QString libxlsxwriterMessage(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

// XML 1.0 cannot hold control characters other than tab, line feed and carriage return.
QByteArray cellUtf8(const QString &text)
{
    const bool clean = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r';
    });
    if (clean)
        return text.toUtf8();
    QString kept;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            kept.append(c);
    }
    return kept.toUtf8();
}

// Characters as Excel measures a column: East Asian characters take two.
double displayWidth(const QString &text)
{
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

QList<double> columnWidths(const SheetExport &table, qsizetype columns)
{
    QList<double> widths(columns, 0);
    for (qsizetype c = 0; c < columns; ++c) {
        if (c < table.columnWidths.size() && table.columnWidths.at(c) > 0) {
            widths[c] = table.columnWidths.at(c);
            continue;
        }
        double widest = c < table.headers.size() ? displayWidth(table.headers.at(c)) : 0;
        for (qsizetype r = 0; r < std::min(table.rows.size(), kWidthSampleRows); ++r) {
            const QList<SheetCell> &row = table.rows.at(r);
            if (c < row.size() && row.at(c).kind == SheetCell::Kind::Text)
                widest = std::max(widest, displayWidth(row.at(c).text));
        }
        widths[c] = std::clamp(widest + 2, kMinAutoWidth, kMaxAutoWidth);
    }
    return widths;
}

// What Excel would refuse, found before anything is written.
std::optional<QString> checkLimits(const SheetExport &table, qsizetype columns)
{
    if (table.rows.size() + 1 > kMaxRows)
        return QCoreApplication::translate("XlsxTableWriter", "a sheet holds at most %1 rows").arg(kMaxRows);
    if (columns > kMaxColumns)
        return QCoreApplication::translate("XlsxTableWriter", "a sheet holds at most %1 columns")
            .arg(kMaxColumns);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        for (const SheetCell &cell : table.rows.at(r)) {
            if (cell.kind == SheetCell::Kind::Text && cell.text.size() > kMaxCellChars)
                return QCoreApplication::translate("XlsxTableWriter",
                                                   "row %1 has a text longer than the %2 characters a cell "
                                                   "may hold")
                    .arg(QString::number(r + 1), QString::number(kMaxCellChars));
        }
    }
    return std::nullopt;
}

// The workbook being written: freed without writing anything unless closed.
class OpenWorkbook
{
public:
    OpenWorkbook(lxw_workbook *workbook, QString partPath) :
        m_workbook(workbook),
        m_partPath(std::move(partPath))
    {}
    OpenWorkbook(const OpenWorkbook &) = delete;
    OpenWorkbook &operator=(const OpenWorkbook &) = delete;
    ~OpenWorkbook()
    {
        if (m_workbook) {
            lxw_workbook_free(m_workbook);
            QFile::remove(m_partPath);
        }
    }

    lxw_workbook *get() const { return m_workbook; }
    lxw_error close()
    {
        lxw_workbook *workbook = std::exchange(m_workbook, nullptr);
        return workbook_close(workbook);
    }

private:
    lxw_workbook *m_workbook;
    QString m_partPath;
};

// The workbook's formats, made once each: libxlsxwriter keeps every format for the whole
// workbook, so one per cell would grow the styles part with the table.
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook) : m_workbook(workbook) {}

    lxw_format *header()
    {
        if (!m_header) {
            m_header = workbook_add_format(m_workbook);
            format_set_bold(m_header);
            format_set_bg_color(m_header, kHeaderFill);
            format_set_border(m_header, LXW_BORDER_THIN);
            format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
        }
        return m_header;
    }

    lxw_format *fill(std::optional<quint32> rgb)
    {
        if (!rgb)
            return nullptr;
        lxw_format *&format = m_fills[*rgb];
        if (!format) {
            format = workbook_add_format(m_workbook);
            format_set_bg_color(format, lxw_color_t(*rgb));
        }
        return format;
    }

private:
    lxw_workbook *m_workbook;
    lxw_format *m_header = nullptr;
    QHash<quint32, lxw_format *> m_fills;
};

lxw_error writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t column, const SheetCell &cell,
                    Formats &formats)
{
    lxw_format *format = formats.fill(cell.fill);
    if (cell.kind == SheetCell::Kind::Number && std::isfinite(cell.number))
        return worksheet_write_number(sheet, row, column, cell.number, format);
    const QString text = cell.kind == SheetCell::Kind::Number ? QString::number(cell.number) : cell.text;
    if (text.isEmpty())
        return format ? worksheet_write_blank(sheet, row, column, format) : LXW_NO_ERROR;
    return worksheet_write_string(sheet, row, column, cellUtf8(text).constData(), format);
}

} // namespace

QString XlsxTableWriter::excelSheetName(const QString &name)
{
    QString cleaned;
    for (const QChar c : name)
        cleaned.append(QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20 ? QChar(u'_') : c);
    cleaned = cleaned.trimmed();
    while (cleaned.startsWith(u'\''))
        cleaned.remove(0, 1);
    if (cleaned.size() > kMaxSheetNameLength) {
        // UTF-16 units, so a character beyond the BMP counts twice (as Excel counts) and is
        // never cut in half.
        const bool splitsPair = cleaned.at(kMaxSheetNameLength - 1).isHighSurrogate();
        cleaned.truncate(kMaxSheetNameLength - (splitsPair ? 1 : 0));
    }
    cleaned = cleaned.trimmed();
    while (cleaned.endsWith(u'\''))
        cleaned.chop(1);
    if (cleaned.isEmpty())
        return QStringLiteral("Sheet1");
    if (cleaned.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0)
        return cleaned + u'_';
    return cleaned;
}

Status XlsxTableWriter::write(const QString &path, const SheetExport &table)
{
    qsizetype columns = table.headers.size();
    for (const QList<SheetCell> &row : table.rows)
        columns = std::max(columns, row.size());
    if (std::optional<QString> refusal = checkLimits(table, columns))
        return SheetErrors::cannotWrite(path, *refusal);

    const QFileInfo destination(path);
    if (!destination.absoluteDir().exists())
        return SheetErrors::cannotWrite(
            path, QCoreApplication::translate("XlsxTableWriter", "the folder %1 does not exist")
                      .arg(QDir::toNativeSeparators(destination.absolutePath())));

    const QString partPath = path + QLatin1String(".part");
    QFile::remove(partPath); // left over from a run that crashed
    // Constant-memory mode: rows stream to a temporary file, and text is written inline rather
    // than as shared strings (Excel, WPS and LibreOffice read both). Measured with 100,000 rows of
    // 20 columns: as fast as the default mode, which holds the whole sheet and its strings in
    // memory (some 370 MB more). The temporary folder is set because libxlsxwriter's default on
    // Windows is the root of the drive, which is not writable.
    QByteArray tempDir = nativeFileName(QDir::tempPath());
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = tempDir.data();
    OpenWorkbook workbook(workbook_new_opt(nativeFileName(partPath).constData(), &options), partPath);
    if (!workbook.get())
        return SheetErrors::cannotWrite(path, libxlsxwriterMessage(LXW_ERROR_MEMORY_MALLOC_FAILED));
    const QByteArray sheetName = excelSheetName(table.sheetName).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook.get(), sheetName.constData());
    if (!sheet)
        return SheetErrors::cannotWrite(path, libxlsxwriterMessage(LXW_ERROR_SHEETNAME_ALREADY_USED));
    Formats formats(workbook.get());

    const QList<double> widths = columnWidths(table, columns);
    for (qsizetype c = 0; c < columns; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    if (columns > 0) {
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1));
    }
    for (qsizetype c = 0; c < columns; ++c) {
        const QString header = c < table.headers.size() ? table.headers.at(c) : QString();
        const lxw_error error =
            worksheet_write_string(sheet, 0, lxw_col_t(c), cellUtf8(header).constData(), formats.header());
        if (error != LXW_NO_ERROR)
            return SheetErrors::cannotWrite(path, libxlsxwriterMessage(error));
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QList<SheetCell> &row = table.rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            const lxw_error error = writeCell(sheet, lxw_row_t(r + 1), lxw_col_t(c), row.at(c), formats);
            if (error != LXW_NO_ERROR)
                return SheetErrors::cannotWrite(path, libxlsxwriterMessage(error));
        }
    }
    const lxw_error closed = workbook.close();
    if (closed != LXW_NO_ERROR) {
        QFile::remove(partPath);
        return SheetErrors::cannotWrite(path, libxlsxwriterMessage(closed));
    }

    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(partPath);
        return SheetErrors::cannotWrite(
            path,
            QCoreApplication::translate("XlsxTableWriter", "the existing file cannot be replaced; if it is "
                                                           "open in Excel or WPS, close it and try again"));
    }
    if (!QFile::rename(partPath, path)) {
        QFile::remove(partPath);
        return SheetErrors::cannotWrite(path, QCoreApplication::translate("XlsxTableWriter",
                                                                          "the finished file cannot be "
                                                                          "moved into place"));
    }
    return success();
}

} // namespace gridsafe
