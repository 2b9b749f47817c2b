// Reading the first worksheet of .xlsx workbooks as text cells, for importing enterprise lists.

#include "SheetTestFiles.h"

#include "sheets/XlsxDateStyles.h"
#include "sheets/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace gridsafe;
using namespace gridsafe::test;
using Catch::Matchers::Contains;

namespace {

SheetData readOk(const QString &path, const SheetLimits &limits = {})
{
    Result<SheetData> data = XlsxReader::read(path, {}, limits);
    if (!data)
        FAIL(data.error().message.toStdString());
    return data.value();
}

std::string refusal(const QString &path, const SheetLimits &limits = {})
{
    Result<SheetData> data = XlsxReader::read(path, {}, limits);
    REQUIRE_FALSE(data.ok());
    CHECK(data.error().code == ErrorCode::Invalid);
    return data.error().message.toStdString();
}

} // namespace

TEST_CASE("xlsx reader: a sheet saved by LibreOffice reads with its Chinese headers and text codes")
{
    const SheetData data = readOk(dataFile(QStringLiteral("enterprises-libreoffice.xlsx")));
    CHECK(data.sheetName == QStringLiteral("企业名录"));
    REQUIRE(data.rows.size() == 5);
    CHECK(data.rows.at(0)
          == QStringList{"统一社会信用代码", "企业名称", "镇（街道）", "村（社区）", "从业人数", "报告日期",
                         "联系电话"});
    CHECK(data.rows.at(1)
          == QStringList{"91110000600037341L", "常州市武进区遥观精密机械有限公司", "遥观镇", "剑湖村", "128",
                         "2024-03-15", "13812345678"});
    // The empty village cell keeps its column; the Chinese date format (yyyy"年"m"月"d"日") is a date.
    CHECK(data.rows.at(2)
          == QStringList{"91320412MA1MXXXX3K", "常州横林木业有限公司", "横林镇", "", "35", "2023-12-01"});
    CHECK(data.rows.at(3).isEmpty()); // the skipped row keeps its place: row 5 stays row 5
    // A name LibreOffice stored as rich text (runs in two fonts), an all-digit credit code kept as
    // text, a fraction, a leap day and a phone number with its leading zero.
    CHECK(data.rows.at(4)
          == QStringList{"913204127382911234", "遥观镇 \"新材料\" 科技 & 有限公司", "遥观镇", "剑湖村",
                         "12.5", "2020-02-29", "0519-88881234"});
}

TEST_CASE("xlsx reader: the first sheet is found through the workbook's relationships, not by its part name")
{
    QTemporaryDir dir;
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                             "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>";
    const QString path = dir.filePath(QStringLiteral("moved.xlsx"));
    writeZip(path, {{"_rels/.rels",
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"a\" Type=\""
                         + rel
                         + "/officeDocument\" Target=\"/book/main.xml\"/>"
                           "</Relationships>"},
                    {"book/main.xml",
                     "<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                     "xmlns:rel=\""
                         + rel
                         + "\"><x:sheets>"
                           "<x:sheet name=\"图表\" sheetId=\"3\" rel:id=\"c\"/>"
                           "<x:sheet name=\"名单\" sheetId=\"2\" rel:id=\"b\"/>"
                           "<x:sheet name=\"旧表\" sheetId=\"1\" rel:id=\"a\"/></x:sheets></x:workbook>"},
                    {"book/_rels/main.xml.rels",
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"a\" Type=\""
                         + rel
                         + "/worksheet\" Target=\"sheets/sheet1.xml\"/>"
                           "<Relationship Id=\"b\" Type=\""
                         + rel
                         + "/worksheet\" Target=\"../book/sheets/sheet%202.xml\"/>"
                           "<Relationship Id=\"c\" Type=\""
                         + rel
                         + "/chartsheet\" Target=\"charts/chart1.xml\"/>"
                           "</Relationships>"},
                    {"book/charts/chart1.xml", "<chartsheet/>"},
                    {"book/sheets/sheet1.xml", sheet + "old</t></is></c></row></sheetData></worksheet>"},
                    {"book/sheets/sheet 2.xml", sheet + "new</t></is></c></row></sheetData></worksheet>"}});
    const SheetData data = readOk(path);
    CHECK(data.sheetName == QStringLiteral("名单"));
    CHECK(data.rows == QList<QStringList>{{"new"}});
}

TEST_CASE("xlsx reader: inline strings, formula results, booleans and error values read as Excel shows them")
{
    QTemporaryDir dir;
    MinimalXlsx xlsx;
    xlsx.sheetData = QStringLiteral(
        "<row r=\"1\">"
        "<c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 前后有空格 </t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><r><t>横林</t></r><r><rPr><b/></rPr><t>镇</t></r></is></c>"
        "<c r=\"C1\" t=\"str\"><f>A1&amp;\"x\"</f><v>公式结果</v></c>"
        "<c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"b\"><v>0</v></c>"
        "<c r=\"F1\" t=\"e\"><v>#N/A</v></c>"
        "<c r=\"G1\"><f>1+1</f><v>2</v></c>"
        "<c r=\"H1\" t=\"d\"><v>2024-03-15T00:00:00</v></c>"
        "<c r=\"I1\" t=\"inlineStr\"><is><t>第一行_x000D_\n第二行</t></is></c>"
        "</row>");
    const SheetData data = readOk(xlsx.write(dir.filePath(QStringLiteral("kinds.xlsx"))));
    CHECK(data.rows
          == QList<QStringList>{{" 前后有空格 ", "横林镇", "公式结果", "TRUE", "FALSE", "#N/A", "2",
                                 "2024-03-15", "第一行\r\n第二行"}});
}

TEST_CASE("xlsx reader: shared strings join rich-text runs, keep spaces and leave out phonetic guides")
{
    QTemporaryDir dir;
    MinimalXlsx xlsx;
    xlsx.sharedStrings = QStringLiteral("<si><t>企业名称</t></si>"
                                        "<si><r><t xml:space=\"preserve\">遥观 "
                                        "</t></r><r><rPr><i/></rPr><t>精密</t></r><rPh sb=\"0\" eb=\"1\">"
                                        "<t>ヨウカン</t></rPh></si>"
                                        "<si><t/></si>"
                                        "<si><t>a_x005F_x0041_b</t></si>");
    xlsx.sheetData =
        QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                       "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v></c>"
                       "<c r=\"C2\" t=\"s\"><v>3</v></c></row>");
    const SheetData data = readOk(xlsx.write(dir.filePath(QStringLiteral("shared.xlsx"))));
    CHECK(data.rows == QList<QStringList>{{"企业名称"}, {"遥观 精密", "", "a_x0041_b"}});
}

TEST_CASE(
    "xlsx reader: cells go where their references put them, and cells without one follow the previous cell")
{
    QTemporaryDir dir;
    MinimalXlsx xlsx;
    xlsx.sheetData = QStringLiteral(
        "<row r=\"2\"><c r=\"C2\"><v>1</v></c><c><v>2</v></c><c r=\"F2\"><v>3</v></c></row>"
        "<row><c><v>4</v></c><c><v>5</v></c></row>" // row 3, by order
        "<row r=\"6\"><c r=\"B6\" s=\"0\"/><c r=\"A6\"><v>6</v></c></row>"
        "<row r=\"9\"><c r=\"A9\" s=\"0\"/></row>"                 // formatted but empty: dropped
        "<row r=\"1048576\"><c r=\"XFD1048576\" s=\"0\"/></row>"); // likewise, at the sheet's very end
    const SheetData data = readOk(xlsx.write(dir.filePath(QStringLiteral("places.xlsx"))));
    CHECK(data.rows == QList<QStringList>{{}, {"", "", "1", "2", "", "3"}, {"4", "5"}, {}, {}, {"6"}});
    CHECK(data.cell(1, 5) == QStringLiteral("3"));
    CHECK(data.cell(2, 9).isEmpty());
}

TEST_CASE("xlsx reader: numbers read without a trailing .0 or an exponent")
{
    QTemporaryDir dir;
    MinimalXlsx xlsx;
    xlsx.sheetData = QStringLiteral("<row r=\"1\">"
                                    "<c r=\"A1\"><v>12345678901234</v></c>"
                                    "<c r=\"B1\"><v>1.2345678901234E+13</v></c>"
                                    "<c r=\"C1\"><v>128.0</v></c>"
                                    "<c r=\"D1\"><v>0.1</v></c>"
                                    "<c r=\"E1\"><v>-3.25</v></c>"
                                    "<c r=\"F1\"><v>1E-7</v></c>"
                                    "<c r=\"G1\"><v>-0</v></c>"
                                    "<c r=\"H1\" t=\"n\"><v>913204127382911234</v></c>"
                                    "</row>");
    const SheetData data = readOk(xlsx.write(dir.filePath(QStringLiteral("numbers.xlsx"))));
    // An 18-digit code stored as a number has lost its last digits already, as it has in Excel.
    CHECK(data.rows
          == QList<QStringList>{{"12345678901234", "12345678901234", "128", "0.1", "-3.25", "0.0000001", "0",
                                 "913204127382911232"}});
}

TEST_CASE("xlsx reader: dates written by libxlsxwriter in the 1900 system read as yyyy-MM-dd, "
          "across Excel's 1900 leap-year bug")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dates.xlsx"));
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "日期");
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *chineseDate = workbook_add_format(workbook);
    format_set_num_format_index(chineseDate, 14); // built-in m/d/yyyy, no code in styles.xml
    lxw_format *plain = workbook_add_format(workbook);
    format_set_num_format(plain, "0.00");
    lxw_datetime days[] = {{1900, 1, 1, 0, 0, 0},  {1900, 2, 28, 0, 0, 0},    {1900, 3, 1, 0, 0, 0},
                           {2024, 3, 15, 0, 0, 0}, {2024, 3, 15, 23, 59, 59}, {9999, 12, 31, 0, 0, 0}};
    for (int i = 0; i < 6; ++i)
        worksheet_write_datetime(sheet, 0, lxw_col_t(i), &days[i], date);
    worksheet_write_number(sheet, 1, 0, 60, date); // the day that never was
    worksheet_write_number(sheet, 1, 1, 45366, chineseDate);
    worksheet_write_number(sheet, 1, 2, 45366, plain); // a number, not a date
    worksheet_write_number(sheet, 1, 3, 0, date);      // no day Excel shows as a date
    worksheet_write_number(sheet, 1, 4, 45366.9999999999, date);
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);

    const SheetData data = readOk(path);
    CHECK(data.sheetName == QStringLiteral("日期"));
    CHECK(data.rows.at(0)
          == QStringList{"1900-01-01", "1900-02-28", "1900-03-01", "2024-03-15", "2024-03-15", "9999-12-31"});
    CHECK(data.rows.at(1) == QStringList{"1900-02-29", "2024-03-15", "45366", "0", "2024-03-16"});
}

TEST_CASE("xlsx reader: dates in a workbook of the 1904 system count from 1904-01-01")
{
    QTemporaryDir dir;
    MinimalXlsx xlsx;
    xlsx.date1904 = true;
    xlsx.numFmts = QStringLiteral(
        "<numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>");
    xlsx.cellXfs = QStringLiteral("<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>");
    xlsx.sheetData =
        QStringLiteral("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"2\"><v>42428</v></c>"
                       "<c r=\"C1\" s=\"1\"><v>59</v></c><c r=\"D1\"><v>42428</v></c></row>");
    const SheetData data = readOk(xlsx.write(dir.filePath(QStringLiteral("mac.xlsx"))));
    CHECK(data.rows == QList<QStringList>{{"1904-01-01", "2020-02-29", "1904-02-29", "42428"}});
}

TEST_CASE("xlsx reader: date formats are told from other number formats")
{
    CHECK(XlsxDateStyles::isDateFormatCode(u"yyyy-mm-dd"));
    CHECK(XlsxDateStyles::isDateFormatCode(u"yyyy\\年m\\月d\\日"));
    CHECK(XlsxDateStyles::isDateFormatCode(u"[$-804]yyyy\"年\"m\"月\"d\"日\";@"));
    CHECK(XlsxDateStyles::isDateFormatCode(u"YYYY/M/D"));
    CHECK(XlsxDateStyles::isDateFormatCode(u"[Red]d-mmm-yy"));
    CHECK_FALSE(XlsxDateStyles::isDateFormatCode(u"General"));
    CHECK_FALSE(XlsxDateStyles::isDateFormatCode(u"0.00"));
    CHECK_FALSE(XlsxDateStyles::isDateFormatCode(u"#,##0_);[Red](#,##0)"));
    CHECK_FALSE(XlsxDateStyles::isDateFormatCode(u"0\" days\""));
    CHECK_FALSE(XlsxDateStyles::isDateFormatCode(u"0\\d"));
    CHECK_FALSE(XlsxDateStyles::isDateFormatCode(u"@"));
    CHECK(XlsxDateStyles::isBuiltInDateFormat(14));
    CHECK(XlsxDateStyles::isBuiltInDateFormat(31)); // yyyy"年"m"月"d"日" in Chinese Excel
    CHECK(XlsxDateStyles::isBuiltInDateFormat(58));
    CHECK_FALSE(XlsxDateStyles::isBuiltInDateFormat(0));
    CHECK_FALSE(XlsxDateStyles::isBuiltInDateFormat(49)); // @, text
}

TEST_CASE("xlsx reader: a damaged or foreign workbook is refused with what is wrong")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.xlsx"));

    SECTION("not a zip archive")
    {
        writeFile(path, "统一社会信用代码,企业名称\r\n");
        CHECK_THAT(refusal(path), Contains("not a valid .xlsx workbook (it is not a zip archive)"));
    }
    SECTION("a zip archive cut short")
    {
        const QByteArray whole = readFile(dataFile(QStringLiteral("enterprises-libreoffice.xlsx")));
        writeFile(path, whole.left(whole.size() * 2 / 3));
        CHECK_THAT(refusal(path),
                   Contains("not a valid .xlsx workbook (its zip archive is damaged or incomplete)"));
    }
    SECTION("a zip archive that holds no workbook")
    {
        writeZip(path, {{"word/document.xml", "<document/>"}});
        CHECK_THAT(refusal(path), Contains("not a valid .xlsx workbook (it holds no workbook)"));
    }
    SECTION("an OpenDocument spreadsheet renamed")
    {
        writeZip(path,
                 {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}});
        CHECK_THAT(refusal(path), Contains("OpenDocument (.ods)"));
    }
    SECTION("a sheet that is not well-formed XML")
    {
        MinimalXlsx xlsx;
        xlsx.sheetData = QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></row>");
        CHECK_THAT(refusal(xlsx.write(path)), Contains("xl/worksheets/sheet1.xml, line 1"));
    }
    SECTION("a cell that names a shared text that is not there")
    {
        MinimalXlsx xlsx;
        xlsx.sharedStrings = QStringLiteral("<si><t>一</t></si>");
        xlsx.sheetData = QStringLiteral("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>1</v></c></row>");
        CHECK_THAT(refusal(xlsx.write(path)), Contains("cell B1 names a shared text that is missing"));
    }
    SECTION("a part with a DTD, as XML entity bombs have")
    {
        MinimalXlsx xlsx;
        xlsx.sheetData = QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        xlsx.write(path);
        writeZip(
            path,
            {{"_rels/.rels", zipEntry(path, QStringLiteral("_rels/.rels"))},
             {"xl/workbook.xml", zipEntry(path, QStringLiteral("xl/workbook.xml"))},
             {"xl/_rels/workbook.xml.rels", zipEntry(path, QStringLiteral("xl/_rels/workbook.xml.rels"))},
             {"xl/worksheets/sheet1.xml", zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"))},
             {"xl/sharedStrings.xml", "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
                                      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                                      "<sst><si><t>&b;</t></si></sst>"}});
        CHECK_THAT(refusal(path), Contains("its part xl/sharedStrings.xml declares a DTD"));
    }
    SECTION("a cell reference that is no cell")
    {
        MinimalXlsx xlsx;
        xlsx.sheetData = QStringLiteral("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>");
        CHECK_THAT(refusal(xlsx.write(path)), Contains("a cell is named “1A”"));
    }
}

TEST_CASE("xlsx reader: a sheet beyond the bounds of rows, columns, cells or text is refused, not read")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    MinimalXlsx xlsx;
    SheetLimits limits;

    SECTION("rows, counting only filled ones")
    {
        limits.maxRows = 3;
        xlsx.sheetData = QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                        "<row r=\"3\"><c r=\"A3\"><v>3</v></c></row>"
                                        "<row r=\"200\"><c r=\"A200\" s=\"0\"/></row>");
        CHECK(readOk(xlsx.write(path), limits).rows.size() == 3);
        xlsx.sheetData += QStringLiteral("<row r=\"4\"><c r=\"A4\"><v>4</v></c></row>");
        CHECK_THAT(refusal(xlsx.write(path), limits), Contains("more than 2 rows below its header row"));
    }
    SECTION("columns: 256 read, a filled 257th refused")
    {
        xlsx.sheetData = QStringLiteral("<row r=\"1\"><c r=\"IV1\"><v>1</v></c><c r=\"ZZ1\" s=\"0\"/></row>");
        CHECK(readOk(xlsx.write(path)).rows.at(0).size() == 256);
        xlsx.sheetData = QStringLiteral("<row r=\"1\"><c r=\"IW1\"><v>1</v></c></row>");
        CHECK_THAT(refusal(xlsx.write(path)), Contains("beyond column 256 (IV)"));
    }
    SECTION("cells kept in memory, empty ones before a filled one included")
    {
        limits.maxCells = 1000;
        QString rows;
        for (int r = 1; r <= 5; ++r)
            rows += QStringLiteral("<row r=\"%1\"><c r=\"IV%1\"><v>1</v></c></row>").arg(r);
        xlsx.sheetData = rows;
        CHECK_THAT(refusal(xlsx.write(path), limits), Contains("more than 1000 cells"));
    }
    SECTION("text longer than a cell may hold, inline or shared")
    {
        const QString tooLong(32768, u'字');
        xlsx.sheetData =
            QStringLiteral("<row r=\"1\"><c r=\"C7\" t=\"inlineStr\"><is><t>%1</t></is></c></row>")
                .arg(tooLong);
        CHECK_THAT(refusal(xlsx.write(path)), Contains("Cell C7 holds more than 32767 characters"));
        xlsx.sheetData = QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        xlsx.sharedStrings = QStringLiteral("<si><t>%1</t></si>").arg(tooLong);
        CHECK_THAT(refusal(xlsx.write(path)), Contains("more than 32767 characters"));
        xlsx.sharedStrings = QStringLiteral("<si><t>%1</t></si>").arg(QString(32767, u'字'));
        CHECK(readOk(xlsx.write(path)).rows.at(0).at(0).size() == 32767);
    }
    SECTION("shared strings")
    {
        limits.maxSharedStrings = 2;
        xlsx.sharedStrings = QStringLiteral("<si><t>一</t></si><si><t>二</t></si><si><t>三</t></si>");
        xlsx.sheetData = QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        CHECK_THAT(refusal(xlsx.write(path), limits), Contains("more than 2 different texts"));
    }
    SECTION("a part that unpacks to more than the bound, whatever the zip declares")
    {
        limits.maxPartBytes = 1024 * 1024;
        // 2 MiB of formatted empty cells squeeze into a few kilobytes.
        xlsx.sheetData = QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                         + QStringLiteral("<row r=\"2\"/>").repeated(2 * 1024 * 1024 / 12);
        CHECK_THAT(refusal(xlsx.write(path), limits),
                   Contains("part xl/worksheets/sheet1.xml unpacks to more than 1 MiB"));
    }
}
