#include "sheets/SheetErrors.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gridsafe {

namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

} // namespace

QString SheetErrors::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString SheetErrors::cellName(qint64 row, int column)
{
    return columnName(column) + QString::number(row + 1);
}

Error SheetErrors::notXlsx(const QString &detail)
{
    return invalid(QCoreApplication::translate("SheetErrors",
                                               "The file is not a valid .xlsx workbook (%1). Open it in "
                                               "Excel or WPS, save it again as .xlsx (Excel Workbook) and "
                                               "import that.")
                       .arg(detail));
}

Error SheetErrors::oldXls()
{
    return invalid(QCoreApplication::translate("SheetErrors",
                                               "This is an old Excel .xls file: save it as .xlsx (Excel "
                                               "Workbook) and import that."));
}

Error SheetErrors::encrypted()
{
    return invalid(QCoreApplication::translate("SheetErrors",
                                               "The file is password-protected (encrypted): open it in "
                                               "Excel or WPS, remove the password, save it as .xlsx and "
                                               "import that."));
}

Error SheetErrors::openDocument()
{
    return invalid(QCoreApplication::translate("SheetErrors",
                                               "This is an OpenDocument (.ods) spreadsheet: save it as "
                                               ".xlsx (Excel Workbook) and import that."));
}

Error SheetErrors::tooManyRows(const SheetLimits &limits)
{
    return invalid(QCoreApplication::translate("SheetErrors",
                                               "The sheet has more than %1 rows below its header row: "
                                               "split it into smaller files and import each.")
                       .arg(limits.maxRows - 1));
}

Error SheetErrors::tooManyColumns(const SheetLimits &limits)
{
    return invalid(QCoreApplication::translate("SheetErrors",
                                               "The sheet has filled cells beyond column %1 (%2): delete "
                                               "the columns that are not needed and import again.")
                       .arg(QString::number(limits.maxColumns), columnName(limits.maxColumns - 1)));
}

Error SheetErrors::tooManyCells(const SheetLimits &limits)
{
    return invalid(QCoreApplication::translate("SheetErrors",
                                               "The sheet has more than %1 cells: split it into smaller "
                                               "files and import each.")
                       .arg(limits.maxCells));
}

Error SheetErrors::cellTooLong(const QString &cell, const SheetLimits &limits)
{
    return invalid(QCoreApplication::translate("SheetErrors",
                                               "Cell %1 holds more than %2 characters, more than a cell "
                                               "may hold.")
                       .arg(cell, QString::number(limits.maxCellChars)));
}

Error SheetErrors::partTooLarge(const QString &part, qint64 maxBytes)
{
    return invalid(QCoreApplication::translate("SheetErrors",
                                               "The workbook's part %1 unpacks to more than %2 MiB: the "
                                               "sheet is too large to import. Split it into smaller files "
                                               "and import each.")
                       .arg(part, QString::number(maxBytes / (1024 * 1024))));
}

Error SheetErrors::cancelled()
{
    return makeError(
        ErrorCode::Cancelled,
        QCoreApplication::translate("SheetErrors", "The file was not read: reading was cancelled."));
}

Error SheetErrors::cannotWrite(const QString &path, const QString &why)
{
    return invalid(QCoreApplication::translate("SheetErrors", "The file %1 cannot be written: %2")
                       .arg(QFileInfo(path).fileName(), why));
}

} // namespace gridsafe
