#include "sheets/XlsxReader.h"

#include "sheets/XlsxDateStyles.h"
#include "sheets/XlsxPackage.h"
#include "sheets/XlsxSharedStrings.h"
#include "sheets/XlsxSheetReader.h"
#include "sheets/ZipArchive.h"

#include <optional>

namespace gridsafe {

Result<SheetData> XlsxReader::read(const QString &path, const SheetProgress &progress,
                                   const SheetLimits &limits)
{
    Result<ZipArchive> zip = ZipArchive::open(path);
    if (!zip)
        return zip.error();
    const Result<XlsxPackage> package = XlsxPackage::locate(*zip, limits);
    if (!package)
        return package.error();

    XlsxDateStyles dateStyles;
    if (!package->stylesPath.isEmpty()) {
        Result<ZipEntry> entry = zip->openEntry(package->stylesPath, limits.maxPartBytes);
        if (!entry)
            return entry.error();
        XmlPartReader part(std::move(entry).value());
        Result<XlsxDateStyles> styles = XlsxDateStyles::read(part);
        if (!styles)
            return styles.error();
        dateStyles = std::move(styles).value();
    }

    Result<ZipEntry> sheetEntry = zip->openEntry(package->sheetPath, limits.maxPartBytes);
    if (!sheetEntry)
        return sheetEntry.error();
    // Progress counts the unpacked bytes of the shared strings and the sheet, by the sizes the
    // zip declares: good enough for a progress bar, never trusted for a bound.
    std::optional<ZipEntry> stringsEntry;
    if (!package->sharedStringsPath.isEmpty()) {
        Result<ZipEntry> entry = zip->openEntry(package->sharedStringsPath, limits.maxPartBytes);
        if (!entry)
            return entry.error();
        stringsEntry = std::move(entry).value();
    }
    const qint64 stringsSize = stringsEntry ? stringsEntry->declaredSize() : 0;
    const qint64 total = qMax<qint64>(1, stringsSize + sheetEntry->declaredSize());

    QStringList sharedStrings;
    if (stringsEntry) {
        XmlPartReader part(std::move(*stringsEntry),
                           [&](qint64 done) { return !progress || progress(qMin(done, total), total); });
        Result<QStringList> strings = XlsxSharedStrings::read(part, limits);
        if (!strings)
            return strings.error();
        sharedStrings = std::move(strings).value();
    }

    XmlPartReader part(std::move(sheetEntry).value(), [&](qint64 done) {
        return !progress || progress(qMin(stringsSize + done, total), total);
    });
    XlsxSheetReader sheet(sharedStrings, dateStyles, package->date1904, limits);
    Result<QList<QStringList>> rows = sheet.read(part);
    if (!rows)
        return rows.error();
    SheetData data;
    data.sheetName = package->sheetName;
    data.rows = std::move(rows).value();
    return data;
}

} // namespace gridsafe
