#include "sheets/SpreadsheetReader.h"

#include "sheets/CsvTableReader.h"
#include "sheets/SheetErrors.h"
#include "sheets/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace gridsafe {

namespace {

// Compound File Binary (OLE2): old .xls workbooks, and also .xlsx workbooks saved with a
// password to open, which Excel wraps whole, encrypted, in such a file.
const QByteArray kOleSignature = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
const QByteArray kZipSignature = QByteArrayLiteral("PK\x03\x04");

Error cannotRead(const QString &path, const QString &why)
{
    const QString message =
        QCoreApplication::translate("SpreadsheetReader", "The file %1 cannot be read: %2");
    return makeError(ErrorCode::Invalid, message.arg(QFileInfo(path).fileName(), why));
}

// An encrypted workbook's container holds streams named EncryptionInfo and EncryptedPackage;
// directory entries store their names in UTF-16LE.
bool isEncryptedPackage(const QByteArray &bytes)
{
    const QString name = QStringLiteral("EncryptedPackage");
    const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    return bytes.contains(utf16);
}

} // namespace

Result<SheetData> SpreadsheetReader::read(const QString &path, const SheetProgress &progress,
                                          const SheetLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("SpreadsheetReader", "The file %1 does not exist.").arg(path));
    if (!info.isFile())
        return cannotRead(path, QCoreApplication::translate("SpreadsheetReader", "it is not a file"));
    if (info.size() > limits.maxFileBytes)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("SpreadsheetReader",
                                                     "The file is larger than %1 MiB: split it into smaller "
                                                     "files and import each.")
                             .arg(limits.maxFileBytes / (1024 * 1024)));
    if (info.size() == 0)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("SpreadsheetReader", "The file is empty."));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cannotRead(path, file.errorString());
    const QByteArray head = file.read(8);
    const QString suffix = info.suffix().toLower();

    if (head.startsWith(kOleSignature)) {
        file.seek(0);
        return isEncryptedPackage(file.read(qMin(file.size(), limits.maxFileBytes)))
                   ? SheetErrors::encrypted()
                   : SheetErrors::oldXls();
    }
    if (head.startsWith(kZipSignature)) {
        file.close();
        return XlsxReader::read(path, progress, limits);
    }
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return SheetErrors::notXlsx(
            QCoreApplication::translate("SpreadsheetReader", "it is not a zip archive"));
    if (suffix == QLatin1String("xls"))
        return SheetErrors::oldXls(); // often an HTML or text table that web systems name .xls
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("txt"))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("SpreadsheetReader",
                                                     "GridSafe reads .xlsx and .csv files: save the sheet as "
                                                     ".xlsx (Excel Workbook) and import that."));

    file.seek(0);
    // The size the file has now, not the bound: read(n) allocates n bytes before it reads.
    const QByteArray bytes = file.read(qMin(file.size(), limits.maxFileBytes));
    if (file.error() != QFileDevice::NoError)
        return cannotRead(path, file.errorString());
    Result<SheetData> data = CsvTableReader::read(bytes, progress, limits);
    if (data)
        data.value().sheetName = info.completeBaseName();
    return data;
}

} // namespace gridsafe
