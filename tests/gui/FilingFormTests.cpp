// The filing form (网格划分备案表): one filing rendered as an A4 PDF for the paper archive,
// read back with poppler's pdftotext and pdfinfo. No server: the filing is built by hand.

#include "domain/Filing.h"
#include "ui/filings/FilingFormTable.h"
#include "ui/filings/FilingFormWriter.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

using namespace gridsafe;

namespace {

QCborMap area(qint64 id, const QString &name, const QString &kind = QStringLiteral("village"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("code"), QString()}};
}

QCborMap inspector(qint64 id, const QString &name, const QString &phone, const QString &unit,
                   const QString &certificate, const QString &validUntil)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("kind"), QStringLiteral("safetyOfficer")},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("certificateNumber"), certificate},
            {QStringLiteral("certificateValidUntil"), validUntil}};
}

QCborMap grid(qint64 id, const QString &code, const QString &name, const QString &kind, const QString &part,
              const QCborArray &areas, const QCborValue &inspector)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("part"), part},
            {QStringLiteral("areas"), areas},
            {QStringLiteral("inspector"), inspector}};
}

// Filing No. 3 of 遥观镇, filed by the district.
Filing yaoguanFiling(const QCborArray &grids)
{
    Filing filing;
    filing.id = 41;
    filing.townId = 7;
    filing.number = 3;
    filing.status = QString::fromLatin1(Filing::kFiled);
    filing.divisionRevision = 12;
    filing.snapshot = {
        {QStringLiteral("town"), QCborMap{{QStringLiteral("id"), 7},
                                          {QStringLiteral("name"), QStringLiteral("遥观镇")},
                                          {QStringLiteral("code"), QStringLiteral("320412104")}}},
        {QStringLiteral("takenAt"), QStringLiteral("2026-11-29T06:16:19Z")},
        {QStringLiteral("areaCount"), 16},
        {QStringLiteral("grids"), grids}};
    filing.note = QStringLiteral("东方村按东方路分为两个网格");
    filing.submittedBy = QStringLiteral("李娜");
    filing.submittedAt = QStringLiteral("2026-11-29T06:16:19Z");
    filing.decidedBy = QStringLiteral("周敏");
    filing.decidedAt = QStringLiteral("2026-12-01T01:30:00Z");
    filing.decisionReason = QStringLiteral("同意备案");
    filing.revision = 2;
    return filing;
}

QCborArray threeGrids()
{
    return {grid(1, QStringLiteral("YG01"), QStringLiteral("渔庄村网格"), QStringLiteral("village"),
                 QString(), {area(101, QStringLiteral("渔庄村"))},
                 inspector(1, QStringLiteral("张伟"), QStringLiteral("13800000001"), QStringLiteral("渔庄村"),
                           QStringLiteral("CZ2026-0012"), QStringLiteral("2027-06-30"))),
            grid(2, QStringLiteral("YG02"), QStringLiteral("东方村第一网格"), QStringLiteral("village"),
                 QStringLiteral("东片"),
                 {area(110, QStringLiteral("东方村")),
                  area(111, QStringLiteral("剑苑社区"), QStringLiteral("community"))},
                 inspector(2, QStringLiteral("刘洋"), QStringLiteral("13800000002"),
                           QStringLiteral("遥观镇应急办"), QStringLiteral("CZ2026-0013"),
                           QStringLiteral("2028-01-31"))),
            grid(3, QStringLiteral("YG03"), QStringLiteral("工业集中区网格"), QStringLiteral("park"),
                 QString(), {area(116, QStringLiteral("遥观工业集中区"), QStringLiteral("park"))},
                 inspector(3, QStringLiteral("赵磊"), QStringLiteral("13800000003"),
                           QStringLiteral("遥观镇应急办"), QStringLiteral("CZ2026-0014"),
                           QStringLiteral("2027-12-31")))};
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The poppler tool, or empty with a warning: without poppler-utils the PDF is not read back.
QString poppler(const QString &tool)
{
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        WARN(tool.toStdString() << " (poppler-utils) is not on PATH: the PDF's contents are not checked");
    return path;
}

// The text of the PDF (or of one page), on one line: a label wrapped in its cell still reads
// whole. The fonts' ligatures ("ﬁ") read as their letters.
QString pdfText(const QString &path, int page = 0)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    return run(pdftotext, arguments << path << QStringLiteral("-"))
        .replace(QChar(0xfb01), QLatin1String("fi"))
        .replace(QChar(0xfb02), QLatin1String("fl"))
        .simplified();
}

int pdfPages(const QString &path)
{
    const QString info = run(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {path});
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

void writeForm(const Filing &filing, const QString &path)
{
    const Status written = FilingFormWriter(filing, QDate(2026, 12, 2)).write(path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    REQUIRE(file.read(5) == QByteArray("%PDF-"));
}

} // namespace

TEST_CASE("filing form: the PDF shows the town, the particulars, the grids and their inspectors")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("备案表.pdf"));
    writeForm(yaoguanFiling(threeGrids()), path);
    if (poppler(QStringLiteral("pdftotext")).isEmpty() || poppler(QStringLiteral("pdfinfo")).isEmpty())
        return;
    CHECK(pdfPages(path) == 1);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    // The title and the particulars; times in China time.
    CHECK(text.contains(QStringLiteral("遥观镇 grid division filing form")));
    CHECK(text.contains(QStringLiteral("遥观镇 (320412104)")));
    CHECK(text.contains(QStringLiteral("No. 3")));
    CHECK(text.contains(QStringLiteral("Filed")));
    CHECK(text.contains(QStringLiteral("李娜")));
    CHECK(text.contains(QStringLiteral("2026-11-29 14:16")));
    CHECK(text.contains(QStringLiteral("东方村按东方路分为两个网格")));
    CHECK(text.contains(QStringLiteral("Villages, communities and parks")));
    // The table: its header and a row per grid, with kind, part, areas and inspector.
    for (const char *header :
         {"No.", "Grid code", "Grid name", "Areas covered", "Certificate No.", "Valid until"})
        CHECK(text.contains(QLatin1String(header)));
    for (const char *cell :
         {"YG01", "渔庄村网格", "东方村第一网格", "工业集中区网格", "东方村, 剑苑社区", "遥观工业集中区",
          "张伟", "13800000001", "刘洋", "遥观镇应急办", "赵磊", "CZ2026-0012", "2027-06-30", "2028-01-31"}) {
        INFO(cell);
        CHECK(text.contains(QString::fromUtf8(cell)));
    }
    CHECK(text.contains(QStringLiteral("Park grid")));
    CHECK(text.contains(QStringLiteral("Part: 东片")));
    // The district's decision, the blanks for signatures and seals, the footer.
    CHECK(text.contains(QStringLiteral("Decision of the district")));
    CHECK(text.contains(QStringLiteral("周敏")));
    CHECK(text.contains(QStringLiteral("2026-12-01 09:30")));
    CHECK(text.contains(QStringLiteral("Remark")));
    CHECK(text.contains(QStringLiteral("同意备案")));
    CHECK(text.contains(QStringLiteral("Seal of the town (street):")));
    CHECK(text.contains(QStringLiteral("Handled by:")));
    CHECK(text.contains(QStringLiteral("Review opinion of the district emergency management bureau:")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    CHECK(text.contains(QStringLiteral("Printed on 2026-12-02")));

    const QString pdftoppm = poppler(QStringLiteral("pdftoppm"));
    if (!pdftoppm.isEmpty()) {
        run(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), path,
                       dir.filePath(QStringLiteral("page"))});
        const QImage page(dir.filePath(QStringLiteral("page-1.png")));
        REQUIRE_FALSE(page.isNull());
        CHECK(page.height() > page.width()); // A4 portrait
    }
}

TEST_CASE("filing form: under zh_CN the labels print in Chinese")
{
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/gridsafe_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("form.pdf"));
    const Status written = FilingFormWriter(yaoguanFiling(threeGrids()), QDate(2026, 12, 2)).write(path);
    QCoreApplication::removeTranslator(&translator);
    REQUIRE(written.ok());
    if (poppler(QStringLiteral("pdftotext")).isEmpty())
        return;
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("网格划分备案表")));
    CHECK(text.contains(QStringLiteral("序号")));
    CHECK(text.contains(QStringLiteral("网格员")));
    CHECK(text.contains(QStringLiteral("网格名称")));
    CHECK(text.contains(QStringLiteral("片区：东片")));
    CHECK(text.contains(QStringLiteral("第1页，共1页")));
    CHECK(text.contains(QStringLiteral("已备案")));
    CHECK(text.contains(QStringLiteral("镇（街道）盖章")));
    CHECK(text.contains(QStringLiteral("区应急管理局审核意见")));
    CHECK_FALSE(text.contains(QStringLiteral("Grid code")));
}

TEST_CASE("filing form: a long division continues onto further pages with the header row repeated")
{
    QCborArray grids;
    for (int i = 1; i <= 70; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        grids.append(grid(i, QStringLiteral("YG%1").arg(number), QStringLiteral("网格%1号").arg(number),
                          QStringLiteral("village"), QString(),
                          {area(100 + i, QStringLiteral("村%1").arg(number)),
                           area(200 + i, QStringLiteral("社区%1").arg(number), QStringLiteral("community"))},
                          inspector(i, QStringLiteral("网格员%1").arg(number),
                                    QStringLiteral("139000000%1").arg(number), QStringLiteral("遥观镇应急办"),
                                    QStringLiteral("CZ-%1").arg(number), QStringLiteral("2027-06-30"))));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    writeForm(yaoguanFiling(grids), path);
    if (poppler(QStringLiteral("pdftotext")).isEmpty() || poppler(QStringLiteral("pdfinfo")).isEmpty())
        return;
    const int pages = pdfPages(path);
    CHECK(pages > 1);
    QString all;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        INFO("page " << page << ":\n" << text.toStdString());
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        if (page < pages) // the last page may hold only the decision and the signatures
            CHECK(text.contains(QStringLiteral("Grid code")));
        all += text;
    }
    // Every grid once: no row lost or printed twice at a page break.
    for (int i = 1; i <= 70; ++i) {
        const QString name = QStringLiteral("网格%1号").arg(i, 2, 10, QLatin1Char('0'));
        INFO(name.toStdString());
        CHECK(all.count(name) == 1);
    }
    CHECK(pdfText(path, 1).contains(QStringLiteral("遥观镇 grid division filing form")));
    CHECK(pdfText(path, pages)
              .contains(QStringLiteral("Review opinion of the district emergency management bureau:")));
}

TEST_CASE("filing form: a submitted or returned filing shows its state, and no decision until there is one")
{
    QTemporaryDir dir;
    Filing filing = yaoguanFiling(threeGrids());
    filing.status = QString::fromLatin1(Filing::kSubmitted);
    filing.decidedBy.clear();
    filing.decidedAt.clear();
    filing.decisionReason.clear();
    const QString submitted = dir.filePath(QStringLiteral("submitted.pdf"));
    writeForm(filing, submitted);

    filing.status = QString::fromLatin1(Filing::kReturned);
    filing.decidedBy = QStringLiteral("周敏");
    filing.decidedAt = QStringLiteral("2026-12-01T01:30:00Z");
    filing.decisionReason = QStringLiteral("东方村第二网格缺少网格员");
    const QString returned = dir.filePath(QStringLiteral("returned.pdf"));
    writeForm(filing, returned);

    if (poppler(QStringLiteral("pdftotext")).isEmpty())
        return;
    const QString waiting = pdfText(submitted);
    INFO(waiting.toStdString());
    CHECK(waiting.contains(QStringLiteral("Submitted, awaiting the district's decision")));
    CHECK_FALSE(waiting.contains(QStringLiteral("Decision of the district")));
    CHECK(waiting.contains(QStringLiteral("Review opinion of the district emergency management bureau:")));

    const QString sentBack = pdfText(returned);
    INFO(sentBack.toStdString());
    CHECK(sentBack.contains(QStringLiteral("Returned")));
    CHECK(sentBack.contains(QStringLiteral("Decision of the district")));
    CHECK(sentBack.contains(QStringLiteral("Reason for returning")));
    CHECK(sentBack.contains(QStringLiteral("东方村第二网格缺少网格员")));
}

TEST_CASE("filing form: a malformed snapshot prints what it can, as empty fields, and caps the rows")
{
    QTemporaryDir dir;
    Filing empty;
    empty.status = QStringLiteral("archived"); // a status of a later version
    const QString emptyPath = dir.filePath(QStringLiteral("empty.pdf"));
    writeForm(empty, emptyPath);

    // Wrong types everywhere, an absurd area count, a grid covering a thousand areas with a
    // name far too long, and more grids than any town has.
    QCborArray manyAreas;
    for (int i = 0; i < 1000; ++i)
        manyAreas.append(area(i, QStringLiteral("V%1").arg(i, 3, 10, QLatin1Char('0'))));
    QCborArray grids{
        42, QStringLiteral("not a grid"),
        QCborMap{{QStringLiteral("code"), 7},
                 {QStringLiteral("name"), QCborArray{1, 2}},
                 {QStringLiteral("kind"), QStringLiteral("harbour")},
                 {QStringLiteral("areas"), QCborMap{{QStringLiteral("name"), QStringLiteral("x")}}},
                 {QStringLiteral("inspector"), QCborArray{QStringLiteral("张伟")}}},
        grid(4, QStringLiteral("YG04"), QStringLiteral("超长").repeated(500), QStringLiteral("village"),
             QStringLiteral("片").repeated(300), manyAreas, QCborValue(nullptr))};
    for (int i = grids.size(); i < 600; ++i)
        grids.append(grid(i, QStringLiteral("X%1").arg(i), QStringLiteral("多余网格%1").arg(i),
                          QStringLiteral("village"), QString(), {}, QCborValue(nullptr)));
    Filing broken = yaoguanFiling(grids);
    broken.snapshot.insert(QStringLiteral("town"), QStringLiteral("遥观镇"));
    broken.snapshot.insert(QStringLiteral("areaCount"), Q_INT64_C(9000000000000));
    CHECK(FilingFormTable(grids).rowCount() == FilingFormTable::kMaxRows);
    const QString brokenPath = dir.filePath(QStringLiteral("broken.pdf"));
    writeForm(broken, brokenPath);

    if (poppler(QStringLiteral("pdftotext")).isEmpty() || poppler(QStringLiteral("pdfinfo")).isEmpty())
        return;
    const QString emptyText = pdfText(emptyPath);
    INFO(emptyText.toStdString());
    CHECK(emptyText.contains(QStringLiteral("Grid division filing form")));
    CHECK(emptyText.contains(QStringLiteral("archived")));
    CHECK(emptyText.contains(QStringLiteral("The filing holds no grids.")));

    const QString brokenText = pdfText(brokenPath);
    CHECK(brokenText.contains(QStringLiteral("Grid division filing form"))); // the town was no map
    CHECK(brokenText.contains(QStringLiteral("harbour")));
    CHECK(brokenText.contains(QStringLiteral("No inspector")));
    CHECK(brokenText.contains(QStringLiteral("V039")));
    CHECK_FALSE(brokenText.contains(QStringLiteral("V040")));
    CHECK(brokenText.contains(QStringLiteral("1000 in all")));
    CHECK(brokenText.contains(QStringLiteral("多余网格499")));
    CHECK_FALSE(brokenText.contains(QStringLiteral("多余网格500")));
    CHECK(brokenText.contains(QStringLiteral("Only the first 500 of 600 grids are listed.")));
    CHECK_FALSE(brokenText.contains(QStringLiteral("9000000000000")));
    CHECK(pdfPages(brokenPath) < 100);
}

TEST_CASE("filing form: an unwritable path is reported with the path, and no file is left")
{
    QTemporaryDir dir;
    const QString nowhere = dir.filePath(QStringLiteral("missing/备案表.pdf"));
    const Status written = FilingFormWriter(yaoguanFiling(threeGrids())).write(nowhere);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("Could not write the filing form")));
    CHECK(written.error().message.contains(QDir::toNativeSeparators(nowhere)));
    CHECK_FALSE(QFile::exists(nowhere));

    // A folder where the file should be.
    const QString folder = dir.filePath(QStringLiteral("folder.pdf"));
    REQUIRE(QDir().mkpath(folder));
    CHECK_FALSE(FilingFormWriter(yaoguanFiling(threeGrids())).write(folder).ok());
}

// Not a check: a sample form for people to look at. Hidden from ctest;
//   GRIDSAFE_SHOTS=/tmp/shots build/dev/tests/gui/gui_tests "[filing-form-export]"
TEST_CASE("filing form: a sample exported for a look", "[.][filing-form-export]")
{
    const QString folder = qEnvironmentVariable("GRIDSAFE_SHOTS");
    if (folder.isEmpty()) {
        WARN("GRIDSAFE_SHOTS is not set: nothing exported");
        return;
    }
    CHECK(FilingFormWriter(yaoguanFiling(threeGrids()))
              .write(QDir(folder).filePath(QStringLiteral("filing-form-yaoguan.pdf")))
              .ok());
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/gridsafe_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    CHECK(FilingFormWriter(yaoguanFiling(threeGrids()))
              .write(QDir(folder).filePath(QStringLiteral("filing-form-yaoguan-zh.pdf")))
              .ok());
    QCoreApplication::removeTranslator(&translator);
}
