#include "sheets/CsvTableWriter.h"

#include "sheets/ExcelValueText.h"
#include "sheets/SheetErrors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

namespace gridsafe {

namespace {

// Rows encoded and written at a time.
constexpr qsizetype kFlushChars = 256 * 1024;

// A cell that starts with one of these is run as a formula by Excel, WPS and LibreOffice when
// the CSV is opened ("CSV injection"): =HYPERLINK(…) or =cmd|… planted in an enterprise's name
// would act on the reader's computer. A leading apostrophe makes it text; tab and CR count too,
// as some programs strip them and then see the formula.
bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
           || first == u'\r';
}

} // namespace

QString CsvTableWriter::field(const SheetCell &cell)
{
    if (cell.kind == SheetCell::Kind::Number)
        return ExcelValueText::roundedNumber(cell.number);
    QString text = startsLikeFormula(cell.text) ? u'\'' + cell.text : cell.text;
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u'"', QLatin1String("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

Status CsvTableWriter::write(const QString &path, const SheetExport &table, CsvEncoding encoding)
{
    QStringEncoder encoder(encoding == CsvEncoding::Gb18030 ? "GB18030" : "UTF-8");
    if (!encoder.isValid())
        return SheetErrors::cannotWrite(
            path, QCoreApplication::translate("CsvTableWriter", "this computer cannot write GB18030 text"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return SheetErrors::cannotWrite(path, file.errorString());
    if (encoding == CsvEncoding::Utf8WithBom)
        file.write("\xEF\xBB\xBF");

    QString text;
    const auto appendRow = [&text](const QList<SheetCell> &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += u',';
            text += field(cells.at(i));
        }
        text += QLatin1String("\r\n");
    };
    QList<SheetCell> headers;
    for (const QString &header : table.headers)
        headers.append(SheetCell::ofText(header));
    appendRow(headers);
    for (const QList<SheetCell> &row : table.rows) {
        appendRow(row);
        if (text.size() >= kFlushChars) {
            file.write(encoder.encode(text));
            text.clear();
        }
    }
    file.write(encoder.encode(text));
    if (encoder.hasError())
        return SheetErrors::cannotWrite(
            path,
            QCoreApplication::translate("CsvTableWriter", "some text cannot be written in this encoding"));
    if (!file.commit())
        return SheetErrors::cannotWrite(path, file.errorString());
    return success();
}

} // namespace gridsafe
