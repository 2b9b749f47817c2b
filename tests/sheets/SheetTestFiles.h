#pragma once
// Files for the sheet tests: the committed fixtures in tests/data, small workbooks put together
// part by part (to reach what no spreadsheet program writes), and a look inside a zip.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        return "[\"" + list.join(QLatin1String("\", \"")).toStdString() + "\"]";
    }
};
} // namespace Catch

namespace gridsafe::test {

// A committed fixture in tests/data.
QString dataFile(const QString &name);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

using ZipEntries = QList<QPair<QString, QByteArray>>;
// A zip archive holding exactly these entries, deflated.
void writeZip(const QString &path, const ZipEntries &entries);
// One entry of a zip archive; fails the test when it is missing.
QByteArray zipEntry(const QString &path, const QString &name);

// The smallest workbook Excel would open, with the parts a test gives: the worksheet's
// <sheetData> content, shared strings (<si> elements), cellXfs (<xf> elements) and custom
// number formats. Written at `path`, which it returns.
struct MinimalXlsx
{
    QString sheetData;
    QString sharedStrings; // the <si> elements; no part when empty
    QString numFmts;       // <numFmt> elements
    QString cellXfs = QStringLiteral("<xf numFmtId=\"0\"/>");
    QString sheetName = QStringLiteral("Sheet1");
    bool date1904 = false;

    QString write(const QString &path) const;
};

} // namespace gridsafe::test
