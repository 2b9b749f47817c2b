// Reading CSV files as Excel, WPS and town office systems write them: UTF-8 or GB18030, commas,
// tabs or semicolons, RFC 4180 quoting.

#include "SheetTestFiles.h"

#include "sheets/CsvTableReader.h"

#include <QStringEncoder>

using namespace gridsafe;
using namespace gridsafe::test;
using Catch::Matchers::Contains;

namespace {

SheetData readOk(const QByteArray &bytes, const SheetLimits &limits = {})
{
    Result<SheetData> data = CsvTableReader::read(bytes, {}, limits);
    if (!data)
        FAIL(data.error().message.toStdString());
    return data.value();
}

std::string refusal(const QByteArray &bytes, const SheetLimits &limits = {})
{
    Result<SheetData> data = CsvTableReader::read(bytes, {}, limits);
    REQUIRE_FALSE(data.ok());
    CHECK(data.error().code == ErrorCode::Invalid);
    return data.error().message.toStdString();
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

} // namespace

TEST_CASE("csv reader: a GB18030 file as Chinese Excel saves it reads with its quoted comma and line break")
{
    const SheetData data = readOk(readFile(dataFile(QStringLiteral("enterprises-gbk.csv"))));
    CHECK(data.encoding == QStringLiteral("GB18030"));
    REQUIRE(data.rows.size() == 3);
    CHECK(data.rows.at(0)
          == QStringList{"统一社会信用代码", "企业名称", "镇（街道）", "村（社区）", "从业人数", "报告日期"});
    CHECK(data.rows.at(1)
          == QStringList{"91110000600037341L", "常州市武进区遥观精密机械有限公司,一分厂", "遥观镇", "剑湖村",
                         "128", "2024-03-15"});
    CHECK(data.rows.at(2)
          == QStringList{"91320412MA1MXXXX3K", "横林木业\r\n（老厂区）", "横林镇", "", "35", "2023-12-01"});
}

TEST_CASE("csv reader: UTF-8 with or without a byte order mark, and UTF-16 with one, read as such")
{
    const QString text = QStringLiteral("企业名称,镇（街道）\r\n遥观精密,遥观镇\r\n");
    SECTION("UTF-8 with a byte order mark (Excel's \"CSV UTF-8\")")
    {
        const SheetData data = readOk("\xEF\xBB\xBF" + text.toUtf8());
        CHECK(data.encoding == QStringLiteral("UTF-8"));
        CHECK(data.rows == QList<QStringList>{{"企业名称", "镇（街道）"}, {"遥观精密", "遥观镇"}});
    }
    SECTION("UTF-8 without one")
    {
        const SheetData data = readOk(text.toUtf8());
        CHECK(data.encoding == QStringLiteral("UTF-8"));
        CHECK(data.rows.at(0).at(0) == QStringLiteral("企业名称"));
    }
    SECTION("UTF-16 little-endian with a byte order mark (Excel's \"Unicode text\")")
    {
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const SheetData data = readOk(encoder.encode(QString(text).replace(u',', u'\t')));
        CHECK(data.encoding == QStringLiteral("UTF-16LE"));
        CHECK(data.rows == QList<QStringList>{{"企业名称", "镇（街道）"}, {"遥观精密", "遥观镇"}});
    }
    SECTION("GB18030 when the bytes are not UTF-8")
    {
        const SheetData data = readOk(gb18030(text));
        CHECK(data.encoding == QStringLiteral("GB18030"));
        CHECK(data.rows.at(1) == QStringList{"遥观精密", "遥观镇"});
    }
}

TEST_CASE("csv reader: the delimiter is the comma, tab or semicolon of the first line, outside quotes")
{
    CHECK(readOk("名称\t镇\r\n\"甲,乙\"\t遥观镇\r\n").rows
          == QList<QStringList>{{"名称", "镇"}, {"甲,乙", "遥观镇"}});
    CHECK(readOk("名称;镇;人数\n甲;遥观镇;3,5\n").rows
          == QList<QStringList>{{"名称", "镇", "人数"}, {"甲", "遥观镇", "3,5"}});
    CHECK(readOk("\"a;b;c\",d\n1,2\n").rows == QList<QStringList>{{"a;b;c", "d"}, {"1", "2"}});
    CHECK(readOk("单列\n甲\n").rows == QList<QStringList>{{"单列"}, {"甲"}});
}

TEST_CASE("csv reader: quoted fields, doubled quotes, any line end, and empty rows and fields at the end")
{
    const QByteArray csv = "a,\"b \"\"q\"\" c\",\"line\nbreak\"\r" // CR alone ends a line
                           "\"\",x\"y,z\r\n"                       // a stray quote is kept
                           "\r\n"                                  // an empty row in the middle
                           "1,2,,,,\n"                             // empty fields at the end
                           ",,,\r\n\r\n\n";                        // empty rows at the end
    CHECK(readOk(csv).rows
          == QList<QStringList>{{"a", "b \"q\" c", "line\nbreak"}, {"", "x\"y", "z"}, {}, {"1", "2"}});
    CHECK(readOk("last,line").rows == QList<QStringList>{{"last", "line"}});
    CHECK(readOk("").rows.isEmpty());
    CHECK(readOk("\xEF\xBB\xBF").rows.isEmpty());
}

TEST_CASE("csv reader: a code written as =\"0123\" to keep it text in Excel reads as the code")
{
    CHECK(readOk("名称,代码\n甲,=\"0123\"\n乙,\"=\"\"9132,04\"\"\"\n丙,=1+1\n").rows
          == QList<QStringList>{{"名称", "代码"}, {"甲", "0123"}, {"乙", "9132,04"}, {"丙", "=1+1"}});
}

TEST_CASE("csv reader: a quote left open is refused rather than swallowing the rest of the file")
{
    CHECK_THAT(refusal("名称,镇\n\"遥观精密,遥观镇\n甲,乙\n"),
               Contains("ends inside a quoted field that starts in row 2"));
}

TEST_CASE("csv reader: GB18030 characters split between decoding pieces read whole")
{
    // Over a megabyte of two-byte characters at an odd offset: a piece boundary falls inside one.
    QString text = QStringLiteral("x名称,镇\r\n");
    for (int i = 0; i < 40000; ++i)
        text += QStringLiteral("常州市武进区遥观精密机械,遥观镇%1\r\n").arg(i);
    const SheetData data = readOk(gb18030(text));
    CHECK(data.encoding == QStringLiteral("GB18030"));
    REQUIRE(data.rows.size() == 40001);
    for (int i = 0; i < 40000; ++i) {
        if (data.rows.at(i + 1) != QStringList{"常州市武进区遥观精密机械", QStringLiteral("遥观镇%1").arg(i)})
            FAIL("row " << i + 2 << " reads " << data.rows.at(i + 1).join(u'|').toStdString());
    }
}

TEST_CASE("csv reader: a file beyond the bounds of rows, columns or cell text is refused")
{
    SheetLimits limits;
    SECTION("rows")
    {
        limits.maxRows = 3;
        CHECK(readOk("h\n1\n2\n\n\n", limits).rows.size() == 3);
        CHECK_THAT(refusal("h\n1\n2\n3\n", limits), Contains("more than 2 rows below its header row"));
    }
    SECTION("columns: trailing empty fields do not count, a filled 257th does")
    {
        CHECK(readOk("a" + QByteArray(400, ','), limits).rows == QList<QStringList>{{"a"}});
        CHECK(readOk(QByteArray(255, ',') + "z").rows.at(0).size() == 256);
        CHECK_THAT(refusal(QByteArray(256, ',') + "z"), Contains("beyond column 256 (IV)"));
    }
    SECTION("cell text")
    {
        CHECK_THAT(refusal("a,b\n1,\"" + QByteArray(40000, 'x') + "\"\n"),
                   Contains("Cell B2 holds more than 32767 characters"));
    }
    SECTION("cells")
    {
        limits.maxCells = 10;
        CHECK_THAT(refusal("1,2,3,4\n1,2,3,4\n1,2,3,4\n", limits), Contains("more than 10 cells"));
    }
}
