// Exporting tables to CSV that Excel opens as it should, and that cannot run formulas.

#include "SheetTestFiles.h"

#include "sheets/CsvTableReader.h"
#include "sheets/CsvTableWriter.h"

#include <QTemporaryDir>

using namespace gridsafe;
using namespace gridsafe::test;
using Catch::Matchers::Contains;

namespace {

SheetExport table()
{
    SheetExport table;
    table.headers = {"统一社会信用代码", "企业名称", "从业人数"};
    table.rows = {
        {SheetCell::ofText("91110000600037341L"), SheetCell::ofText("遥观精密, \"一分厂\""),
         SheetCell::ofNumber(128)},
        {SheetCell::ofText("913204127382911234"), SheetCell::ofText("横林木业\n（老厂区）"),
         SheetCell::ofNumber(0.1).withFill(0xFF0000)},
        {SheetCell::ofText("=cmd|' /C calc'!A0"), SheetCell::ofText("+86 138"), SheetCell::ofText("-5")},
        {SheetCell::ofText("@SUM(A1)"), SheetCell::ofText("\t=1+1"), SheetCell::ofText("a=b")},
    };
    return table;
}

} // namespace

TEST_CASE("csv writer: UTF-8 with a byte order mark, CRLF line ends and quotes where needed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("企业.csv"));
    REQUIRE(CsvTableWriter::write(path, table()).ok());
    const QByteArray bytes = readFile(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.mid(3)
          == QStringLiteral("统一社会信用代码,企业名称,从业人数\r\n"
                            "91110000600037341L,\"遥观精密, \"\"一分厂\"\"\",128\r\n"
                            "913204127382911234,\"横林木业\n（老厂区）\",0.1\r\n"
                            "'=cmd|' /C calc'!A0,'+86 138,'-5\r\n"
                            "'@SUM(A1),'\t=1+1,a=b\r\n")
                 .toUtf8());
}

TEST_CASE("csv writer: text a spreadsheet would run as a formula gets a leading apostrophe, and numbers are "
          "written as Excel shows them")
{
    CHECK(CsvTableWriter::field(SheetCell::ofText("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(CsvTableWriter::field(SheetCell::ofText("-2")) == QStringLiteral("'-2"));
    CHECK(CsvTableWriter::field(SheetCell::ofText("\r=1")) == QStringLiteral("\"'\r=1\""));
    CHECK(CsvTableWriter::field(SheetCell::ofText("=A1,B1")) == QStringLiteral("\"'=A1,B1\""));
    CHECK(CsvTableWriter::field(SheetCell::ofNumber(-2)) == QStringLiteral("-2"));
    CHECK(CsvTableWriter::field(SheetCell::ofNumber(12345678901234)) == QStringLiteral("12345678901234"));
    // Rounded to the 15 significant digits Excel keeps, without binary noise.
    CHECK(CsvTableWriter::field(SheetCell::ofNumber(119.9 + 0.0001)) == QStringLiteral("119.9001"));
    CHECK(CsvTableWriter::field(SheetCell::ofNumber(0.1 + 0.2)) == QStringLiteral("0.3"));
    CHECK(CsvTableWriter::field(SheetCell::ofNumber(1e-7)) == QStringLiteral("0.0000001"));
    CHECK(CsvTableWriter::field(SheetCell::ofText(QString())) == QString());
}

TEST_CASE("csv writer: a GB18030 file reads back through the CSV reader as written")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("企业.csv"));
    REQUIRE(CsvTableWriter::write(path, table(), CsvEncoding::Gb18030).ok());
    const QByteArray bytes = readFile(path);
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    Result<SheetData> data = CsvTableReader::read(bytes);
    REQUIRE(data.ok());
    CHECK(data->encoding == QStringLiteral("GB18030"));
    CHECK(data->rows
          == QList<QStringList>{{"统一社会信用代码", "企业名称", "从业人数"},
                                {"91110000600037341L", "遥观精密, \"一分厂\"", "128"},
                                {"913204127382911234", "横林木业\n（老厂区）", "0.1"},
                                {"'=cmd|' /C calc'!A0", "'+86 138", "'-5"},
                                {"'@SUM(A1)", "'\t=1+1", "a=b"}});
}

TEST_CASE("csv writer: a destination that cannot be written gives an error")
{
    QTemporaryDir dir;
    const Status written =
        CsvTableWriter::write(dir.filePath(QStringLiteral("no/such/folder/x.csv")), table());
    REQUIRE_FALSE(written.ok());
    CHECK_THAT(written.error().message.toStdString(), Contains("x.csv cannot be written"));
}
