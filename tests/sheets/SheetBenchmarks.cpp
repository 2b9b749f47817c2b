// How long a full-size import and export take: 100,000 rows of 20 columns of an enterprise list
// written to .xlsx and .csv and read back, and the same list as Excel saves it (shared strings).
// Hidden ([.bench]); run with: sheet_tests "[bench]"

#include "SheetTestFiles.h"

#include "sheets/CsvTableWriter.h"
#include "sheets/SpreadsheetReader.h"
#include "sheets/XlsxTableWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <iostream>
#include <string>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

// An enterprise list as towns keep it: codes, names, addresses and phones differ from row to
// row; towns, villages, industries, people and levels repeat.
SheetExport enterpriseList(int rows)
{
    SheetExport table;
    table.sheetName = QStringLiteral("企业名录");
    table.headers = {"统一社会信用代码", "企业名称",     "地址",     "法定代表人", "联系电话",
                     "镇（街道）",       "村（社区）",   "行业",     "规模",       "经营状态",
                     "从业人数",         "报告日期",     "风险等级", "重点行业",   "重点监管",
                     "安全联系人",       "安全联系电话", "经度",     "纬度",       "备注"};
    const QStringList levels = {"重大风险", "较大风险", "一般风险", "低风险"};
    const quint32 fills[] = {0xFF0000, 0xFFC000, 0xFFFF00, 0x0070C0};
    table.rows.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        const QString n = QString::number(r);
        QList<SheetCell> row = {
            SheetCell::ofText(QStringLiteral("913204%1X").arg(r, 11, 10, QLatin1Char('0'))),
            SheetCell::ofText(QStringLiteral("常州市武进区第%1号精密机械有限公司").arg(n)),
            SheetCell::ofText(QStringLiteral("常州市武进区遥观镇工业园区%1号").arg(n)),
            SheetCell::ofText(QStringLiteral("张%1").arg(r % 5000)),
            SheetCell::ofText(QStringLiteral("138%1").arg(r, 8, 10, QLatin1Char('0'))),
            SheetCell::ofText(QStringLiteral("第%1镇").arg(r % 10)),
            SheetCell::ofText(QStringLiteral("第%1村").arg(r % 200)),
            SheetCell::ofText(QStringLiteral("行业%1").arg(r % 30)),
            SheetCell::ofText(r % 3 ? QStringLiteral("规下") : QStringLiteral("规上")),
            SheetCell::ofText(QStringLiteral("在营")),
            SheetCell::ofNumber(r % 500),
            SheetCell::ofText(QStringLiteral("2024-%1-%2")
                                  .arg(r % 12 + 1, 2, 10, QLatin1Char('0'))
                                  .arg(r % 28 + 1, 2, 10, QLatin1Char('0'))),
            SheetCell::ofText(levels.at(r % 4)).withFill(fills[r % 4]),
            SheetCell::ofText(QStringLiteral("机械")),
            SheetCell::ofText(r % 5 ? QString() : QStringLiteral("粉尘涉爆")),
            SheetCell::ofText(QStringLiteral("李%1").arg(r % 5000)),
            SheetCell::ofText(QStringLiteral("0519-8%1").arg(r, 7, 10, QLatin1Char('0'))),
            SheetCell::ofNumber(119.9 + r % 1000 * 0.0001),
            SheetCell::ofNumber(31.7 + r % 997 * 0.0001),
            SheetCell::ofText(r % 10 ? QString() : QStringLiteral("已整改")),
        };
        table.rows.append(row);
    }
    return table;
}

// The same list as Excel keeps it: every text once in the shared strings (libxlsxwriter's
// default mode writes the same layout).
void writeWithSharedStrings(const QString &path, const SheetExport &table)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, table.sheetName.toUtf8().constData());
    for (qsizetype c = 0; c < table.headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), table.headers.at(c).toUtf8().constData(), nullptr);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        for (qsizetype c = 0; c < table.rows.at(r).size(); ++c) {
            const SheetCell &cell = table.rows.at(r).at(c);
            if (cell.kind == SheetCell::Kind::Number)
                worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell.number, nullptr);
            else if (!cell.text.isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), cell.text.toUtf8().constData(),
                                       nullptr);
        }
    }
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
}

// The first row where two readings differ, for a message short enough to print.
std::string firstDifference(const QList<QStringList> &a, const QList<QStringList> &b)
{
    for (qsizetype r = 0; r < std::max(a.size(), b.size()); ++r) {
        const QStringList left = a.value(r);
        const QStringList right = b.value(r);
        if (left != right)
            return "row " + std::to_string(r + 1) + ": " + left.join(u'|').toStdString() + " versus "
                   + right.join(u'|').toStdString();
    }
    return {};
}

} // namespace

TEST_CASE("bench: 100,000 rows of 20 columns written to .xlsx and .csv and read back", "[.bench]")
{
    QTemporaryDir dir;
    const SheetExport table = enterpriseList(100000);
    const QString xlsx = dir.filePath(QStringLiteral("export.xlsx"));
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    const QString excelLike = dir.filePath(QStringLiteral("shared-strings.xlsx"));
    writeWithSharedStrings(excelLike, table);

    QElapsedTimer timer;
    timer.start();
    REQUIRE(XlsxTableWriter::write(xlsx, table).ok());
    const qint64 writeXlsx = timer.restart();
    REQUIRE(CsvTableWriter::write(csv, table).ok());
    const qint64 writeCsv = timer.restart();
    Result<SheetData> fromXlsx = SpreadsheetReader::read(xlsx);
    const qint64 readXlsx = timer.restart();
    REQUIRE(fromXlsx.ok());
    Result<SheetData> fromExcelLike = SpreadsheetReader::read(excelLike);
    const qint64 readExcelLike = timer.restart();
    REQUIRE(fromExcelLike.ok());
    Result<SheetData> fromCsv = SpreadsheetReader::read(csv);
    const qint64 readCsv = timer.restart();
    REQUIRE(fromCsv.ok());
    CHECK(fromXlsx->rows.size() == 100001);
    CHECK(firstDifference(fromXlsx->rows, fromCsv->rows) == "");
    CHECK(firstDifference(fromXlsx->rows, fromExcelLike->rows) == "");

    const auto kib = [](const QString &path) { return QFileInfo(path).size() / 1024; };
    std::cout << "write .xlsx " << writeXlsx << " ms (" << kib(xlsx) << " KiB)\n"
              << "write .csv " << writeCsv << " ms (" << kib(csv) << " KiB)\n"
              << "read our .xlsx (inline strings) " << readXlsx << " ms\n"
              << "read an Excel-style .xlsx (shared strings, " << kib(excelLike) << " KiB) " << readExcelLike
              << " ms\n"
              << "read .csv " << readCsv << " ms\n";
}
