// Exporting tables to .xlsx: what the reader gets back, and what Excel shows (bold frozen header,
// autofilter, fills), checked in the workbook's XML.

#include "SheetTestFiles.h"

#include "sheets/XlsxReader.h"
#include "sheets/XlsxTableWriter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace gridsafe;
using namespace gridsafe::test;
using Catch::Matchers::Contains;

namespace {

SheetExport enterprises()
{
    SheetExport table;
    table.sheetName = QStringLiteral("企业名录");
    table.headers = {"统一社会信用代码", "企业名称", "从业人数", "风险等级", "联系电话"};
    table.columnWidths = {24, 0, 10};
    table.rows = {
        {SheetCell::ofText("91110000600037341L"), SheetCell::ofText("常州市武进区遥观精密机械有限公司"),
         SheetCell::ofNumber(128), SheetCell::ofText("重大风险").withFill(0xFF0000),
         SheetCell::ofText("13812345678")},
        {SheetCell::ofText("913204127382911234"), SheetCell::ofText("=HYPERLINK(\"x\")"),
         SheetCell::ofNumber(12.5), SheetCell::ofText("低风险").withFill(0x0070C0),
         SheetCell::ofText("0519-88881234")},
        {SheetCell::ofText("91320412MA1MXXXX3K"), SheetCell::ofText("横林\t木业\n（老厂区）\x01"),
         SheetCell::ofNumber(-0.25), SheetCell::ofText(QString()).withFill(0xFFC000)},
    };
    return table;
}

} // namespace

TEST_CASE(
    "xlsx writer: a table with a Chinese sheet name, credit codes, numbers and fills reads back the same")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("企业名录.xlsx"));
    const Status written = XlsxTableWriter::write(path, enterprises());
    if (!written)
        FAIL(written.error().message.toStdString());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));

    Result<SheetData> data = XlsxReader::read(path);
    REQUIRE(data.ok());
    CHECK(data->sheetName == QStringLiteral("企业名录"));
    REQUIRE(data->rows.size() == 4);
    CHECK(data->rows.at(0)
          == QStringList{"统一社会信用代码", "企业名称", "从业人数", "风险等级", "联系电话"});
    // Codes and phone numbers stay text, digits and all; the formula-like name is plain text.
    CHECK(data->rows.at(1)
          == QStringList{"91110000600037341L", "常州市武进区遥观精密机械有限公司", "128", "重大风险",
                         "13812345678"});
    CHECK(data->rows.at(2)
          == QStringList{"913204127382911234", "=HYPERLINK(\"x\")", "12.5", "低风险", "0519-88881234"});
    // A control character XML cannot hold is dropped; tab and line break stay.
    CHECK(data->rows.at(3) == QStringList{"91320412MA1MXXXX3K", "横林\t木业\n（老厂区）", "-0.25"});

    const QString sheet = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK_THAT(sheet.toStdString(), Contains("state=\"frozen\""));
    CHECK_THAT(sheet.toStdString(), Contains("<autoFilter ref=\"A1:E4\"/>"));
    CHECK_THAT(sheet.toStdString(),
               Contains("<col min=\"1\" max=\"1\" width=\"24.7109375\" customWidth=\"1\"/>"));
    CHECK_THAT(sheet.toStdString(), Contains("<c r=\"C2\"><v>128</v></c>"));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>"))); // nothing became a formula
    const QString styles = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/styles.xml")));
    CHECK_THAT(styles.toStdString(), Contains("<b/>"));
    CHECK_THAT(styles.toStdString(), Contains("<fgColor rgb=\"FFFF0000\"/>"));
    CHECK_THAT(styles.toStdString(), Contains("<fgColor rgb=\"FF0070C0\"/>"));
    CHECK_THAT(styles.toStdString(), Contains("<fgColor rgb=\"FFFFC000\"/>"));
    CHECK_THAT(styles.toStdString(), Contains("<left style=\"thin\">"));
    // One format per fill colour, not one per cell: header, three fills, and the default.
    CHECK(styles.count(QRegularExpression(QStringLiteral("<xf [^>]*xfId="))) == 5);
}

TEST_CASE("xlsx writer: sheet names Excel would refuse are cleaned, not refused")
{
    CHECK(XlsxTableWriter::excelSheetName(QStringLiteral("企业名录")) == QStringLiteral("企业名录"));
    CHECK(XlsxTableWriter::excelSheetName(QStringLiteral("2024/05 [遥观]: *?\\"))
          == QStringLiteral("2024_05 _遥观__ ___"));
    CHECK(XlsxTableWriter::excelSheetName(QStringLiteral("'引号'")) == QStringLiteral("引号"));
    CHECK(XlsxTableWriter::excelSheetName(QString()) == QStringLiteral("Sheet1"));
    CHECK(XlsxTableWriter::excelSheetName(QStringLiteral("history")) == QStringLiteral("history_"));
    const QString longName =
        QStringLiteral("常州市武进区遥观镇安全生产网格化监管重点企业名录二〇二四年第一季度汇总");
    CHECK(XlsxTableWriter::excelSheetName(longName) == longName.left(31));
    const QString emoji = QString(30, u'企') + QStringLiteral("😀");
    CHECK(XlsxTableWriter::excelSheetName(emoji) == QString(30, u'企')); // not half a character

    QTemporaryDir dir;
    SheetExport table = enterprises();
    table.sheetName = longName + QStringLiteral("/:*");
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    REQUIRE(XlsxTableWriter::write(path, table).ok());
    Result<SheetData> data = XlsxReader::read(path);
    REQUIRE(data.ok());
    CHECK(data->sheetName == longName.left(31));
}

TEST_CASE("xlsx writer: an existing file and a stale partial file are replaced only by a complete workbook")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    writeFile(path, "old contents");
    writeFile(path + QStringLiteral(".part"), "left by a crash");
    REQUIRE(XlsxTableWriter::write(path, enterprises()).ok());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    Result<SheetData> data = XlsxReader::read(path);
    REQUIRE(data.ok());
    CHECK(data->rows.size() == 4);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{"out.xlsx"});
}

TEST_CASE("xlsx writer: a destination that cannot be written gives an error and leaves no file behind")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/out.xlsx"));
    const Status written = XlsxTableWriter::write(path, enterprises());
    REQUIRE_FALSE(written.ok());
    CHECK_THAT(written.error().message.toStdString(), Contains("out.xlsx cannot be written"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());

    SheetExport tooLong = enterprises();
    tooLong.rows[1][1] = SheetCell::ofText(QString(32768, u'x'));
    const Status refused = XlsxTableWriter::write(dir.filePath(QStringLiteral("long.xlsx")), tooLong);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message.toStdString(),
               Contains("row 2 has a text longer than the 32767 characters"));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("xlsx writer: a table with no rows still has its header, frozen and filtered")
{
    QTemporaryDir dir;
    SheetExport table;
    table.sheetName = QStringLiteral("空表");
    table.headers = {"企业名称", "镇（街道）"};
    const QString path = dir.filePath(QStringLiteral("empty.xlsx"));
    REQUIRE(XlsxTableWriter::write(path, table).ok());
    Result<SheetData> data = XlsxReader::read(path);
    REQUIRE(data.ok());
    CHECK(data->rows == QList<QStringList>{{"企业名称", "镇（街道）"}});
    CHECK_THAT(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")).toStdString(),
               Contains("<autoFilter ref=\"A1:B1\"/>"));
}
