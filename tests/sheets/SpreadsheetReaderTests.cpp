// Reading the file a user chose for an import: the right reader by content and extension, the
// files it cannot read refused with what to do instead, progress and cancelling.

#include "SheetTestFiles.h"

#include "sheets/SpreadsheetReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <future>
#include <vector>

using namespace gridsafe;
using namespace gridsafe::test;
using Catch::Matchers::Contains;

namespace {

const QByteArray kOleHeader = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(504, '\0');

// A UTF-16LE name as a compound file's directory stores it.
QByteArray directoryName(const QString &name)
{
    return QByteArray(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
}

std::string refusal(const QString &path, const SheetLimits &limits = {})
{
    Result<SheetData> data = SpreadsheetReader::read(path, {}, limits);
    REQUIRE_FALSE(data.ok());
    return data.error().message.toStdString();
}

} // namespace

TEST_CASE("spreadsheet reader: xlsx and csv files go to their readers, by content before extension")
{
    QTemporaryDir dir;
    SECTION("an .xlsx workbook")
    {
        Result<SheetData> data =
            SpreadsheetReader::read(dataFile(QStringLiteral("enterprises-libreoffice.xlsx")));
        REQUIRE(data.ok());
        CHECK(data->sheetName == QStringLiteral("企业名录"));
        CHECK(data->rows.size() == 5);
    }
    SECTION("a workbook renamed .csv is still a workbook")
    {
        const QString path = dir.filePath(QStringLiteral("名录.csv"));
        REQUIRE(QFile::copy(dataFile(QStringLiteral("enterprises-libreoffice.xlsx")), path));
        Result<SheetData> data = SpreadsheetReader::read(path);
        REQUIRE(data.ok());
        CHECK(data->sheetName == QStringLiteral("企业名录"));
    }
    SECTION("a CSV file, named after the file")
    {
        const QString path = dir.filePath(QStringLiteral("横林镇企业.CSV"));
        REQUIRE(QFile::copy(dataFile(QStringLiteral("enterprises-gbk.csv")), path));
        Result<SheetData> data = SpreadsheetReader::read(path);
        REQUIRE(data.ok());
        CHECK(data->sheetName == QStringLiteral("横林镇企业"));
        CHECK(data->encoding == QStringLiteral("GB18030"));
        CHECK(data->rows.size() == 3);
    }
    SECTION("a tab-separated .txt file")
    {
        const QString path = dir.filePath(QStringLiteral("list.txt"));
        writeFile(path, "名称\t镇\n甲\t遥观镇\n");
        Result<SheetData> data = SpreadsheetReader::read(path);
        REQUIRE(data.ok());
        CHECK(data->rows.at(1) == QStringList{"甲", "遥观镇"});
    }
}

TEST_CASE("spreadsheet reader: files it cannot read are refused with what to do instead")
{
    QTemporaryDir dir;
    SECTION("an old .xls workbook, by its compound-file signature")
    {
        const QString path = dir.filePath(QStringLiteral("old.xlsx"));
        writeFile(path, kOleHeader + directoryName(QStringLiteral("Workbook")));
        CHECK_THAT(refusal(path), Contains("old Excel .xls file: save it as .xlsx (Excel Workbook)"));
    }
    SECTION("a workbook saved with a password to open")
    {
        const QString path = dir.filePath(QStringLiteral("secret.xlsx"));
        writeFile(path, kOleHeader + directoryName(QStringLiteral("EncryptionInfo")) + QByteArray(100, '\0')
                            + directoryName(QStringLiteral("EncryptedPackage")));
        CHECK_THAT(refusal(path), Contains("password-protected"));
    }
    SECTION("an .xls that is a web page, as some systems export")
    {
        const QString path = dir.filePath(QStringLiteral("export.xls"));
        writeFile(path, "<html><table><tr><td>企业名称</td></tr></table></html>");
        CHECK_THAT(refusal(path), Contains("old Excel .xls file"));
    }
    SECTION("an .xlsx that is no zip archive")
    {
        const QString path = dir.filePath(QStringLiteral("text.xlsx"));
        writeFile(path, "企业名称\r\n");
        CHECK_THAT(refusal(path), Contains("not a valid .xlsx workbook (it is not a zip archive)"));
    }
    SECTION("a truncated workbook")
    {
        const QString path = dir.filePath(QStringLiteral("cut.xlsx"));
        writeFile(path, readFile(dataFile(QStringLiteral("enterprises-libreoffice.xlsx"))).left(3000));
        CHECK_THAT(refusal(path), Contains("its zip archive is damaged or incomplete"));
    }
    SECTION("another kind of file")
    {
        const QString path = dir.filePath(QStringLiteral("list.pdf"));
        writeFile(path, "%PDF-1.7");
        CHECK_THAT(refusal(path), Contains("reads .xlsx and .csv files"));
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.csv"));
        writeFile(path, QByteArray());
        CHECK_THAT(refusal(path), Contains("The file is empty"));
    }
    SECTION("a file larger than the bound, before it is read")
    {
        SheetLimits limits;
        limits.maxFileBytes = 1024 * 1024;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        writeFile(path, QByteArray(limits.maxFileBytes + 1, 'x'));
        CHECK_THAT(refusal(path, limits), Contains("larger than 1 MiB"));
    }
    SECTION("a file that does not exist")
    {
        Result<SheetData> data = SpreadsheetReader::read(dir.filePath(QStringLiteral("gone.xlsx")));
        REQUIRE_FALSE(data.ok());
        CHECK(data.error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("spreadsheet reader: progress is reported now and then and returning false cancels the read")
{
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("rows.xlsx"));
    MinimalXlsx workbook;
    for (int r = 1; r <= 20000; ++r)
        workbook.sheetData +=
            QStringLiteral("<row r=\"%1\"><c r=\"A%1\"><v>%1</v></c><c r=\"B%1\" t=\"inlineStr\">"
                           "<is><t>常州市武进区遥观精密机械有限公司</t></is></c></row>")
                .arg(r);
    workbook.write(xlsx);
    const QString csv = dir.filePath(QStringLiteral("rows.csv"));
    QByteArray csvBytes;
    for (int r = 1; r <= 100000; ++r)
        csvBytes += QByteArray::number(r) + ",常州市武进区遥观精密机械有限公司\r\n";
    writeFile(csv, csvBytes);

    const QString sharedStrings = dataFile(QStringLiteral("enterprises-libreoffice.xlsx"));
    for (const QString &path : {xlsx, csv, sharedStrings}) {
        INFO(path.toStdString());
        QList<std::pair<qint64, qint64>> calls;
        Result<SheetData> data = SpreadsheetReader::read(path, [&calls](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        });
        REQUIRE(data.ok());
        CHECK(calls.size() >= 2);
        CHECK(calls.size() < 200);
        for (qsizetype i = 0; i < calls.size(); ++i) {
            CHECK(calls.at(i).first <= calls.at(i).second);
            if (i > 0)
                CHECK(calls.at(i).first >= calls.at(i - 1).first);
        }

        int called = 0;
        Result<SheetData> cancelled =
            SpreadsheetReader::read(path, [&called](qint64, qint64) { return ++called < 2; });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == ErrorCode::Cancelled);
        CHECK_THAT(cancelled.error().message.toStdString(), Contains("reading was cancelled"));
        CHECK(called == 2);
    }
}

TEST_CASE("spreadsheet reader: reads on several threads at once do not disturb each other")
{
    const QString xlsx = dataFile(QStringLiteral("enterprises-libreoffice.xlsx"));
    const QString csv = dataFile(QStringLiteral("enterprises-gbk.csv"));
    std::vector<std::future<Result<SheetData>>> reads;
    for (int i = 0; i < 8; ++i)
        reads.push_back(
            std::async(std::launch::async, [&, i] { return SpreadsheetReader::read(i % 2 ? csv : xlsx); }));
    for (int i = 0; i < 8; ++i) {
        Result<SheetData> data = reads[i].get();
        REQUIRE(data.ok());
        CHECK(data->rows.at(0).at(0) == QStringLiteral("统一社会信用代码"));
        CHECK(data->rows.size() == (i % 2 ? 3 : 5));
    }
}
