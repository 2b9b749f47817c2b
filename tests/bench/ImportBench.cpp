#include "ImportBench.h"

#include "BenchReport.h"
#include "TestServer.h"
#include "Wait.h"
#include "core/CertificatePinStore.h"
#include "core/ClientSession.h"
#include "core/Replica.h"
#include "core/enterprises/EnterpriseColumnMapping.h"
#include "core/enterprises/EnterpriseImportRun.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/CreditCode.h"
#include "domain/EnterpriseImportFields.h"
#include "sheets/SpreadsheetReader.h"
#include "sheets/XlsxTableWriter.h"
#include "ui/enterprises/EnterpriseTableModel.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace gridsafe::bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

SheetExport generatedSheet(const QStringList &villages, int rows)
{
    static const char *const products[] = {"木粉", "机械",     "纺织", "建材",
                                           "电子", "塑料制品", "铸造", "家具"};
    static const char *const sectors[] = {"轻工", "机械", "纺织", "建材", "无", "无", "机械", "轻工"};
    static const char *const levels[] = {"重大", "较大", "一般", "低"};
    SheetExport sheet;
    sheet.sheetName = QStringLiteral("企业名录");
    const QStringList fields{
        QStringLiteral("creditCode"), QStringLiteral("name"),          QStringLiteral("town"),
        QStringLiteral("village"),    QStringLiteral("industry"),      QStringLiteral("sector"),
        QStringLiteral("scale"),      QStringLiteral("employees"),     QStringLiteral("status"),
        QStringLiteral("riskLevel"),  QStringLiteral("riskReportedOn")};
    for (const QString &field : fields)
        sheet.headers.append(enterpriseImportHeader(field));
    for (int i = 0; i < rows; ++i) {
        const QString first17 = QStringLiteral("91320412MD%1").arg(i, 7, 10, QLatin1Char('0'));
        const int kind = i % 8;
        sheet.rows.append(
            {SheetCell::ofText(first17 + *creditCodeCheckCharacter(first17)),
             SheetCell::ofText(
                 QStringLiteral("常州市基准%1%2有限公司").arg(i).arg(QString::fromUtf8(products[kind]))),
             SheetCell::ofText(QStringLiteral("遥观镇")), SheetCell::ofText(villages.at(i % villages.size())),
             SheetCell::ofText(QStringLiteral("C34")), SheetCell::ofText(QString::fromUtf8(sectors[kind])),
             SheetCell::ofText(i % 4 == 0 ? QStringLiteral("规上") : QStringLiteral("规下")),
             SheetCell::ofNumber(10 + i % 500), SheetCell::ofText(QStringLiteral("在产")),
             SheetCell::ofText(QString::fromUtf8(levels[i % 4])),
             SheetCell::ofText(QStringLiteral("2025-06-30"))});
    }
    return sheet;
}

// The middle of several timings of `work`.
template <typename Work>
double medianMs(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work(i);
        times.append(elapsedMs(timer));
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

bool runImportBench(test::TestServer &server, int rows, BenchReport &report)
{
    QTextStream out(stdout);
    const QStringList villages{QStringLiteral("渔庄村"), QStringLiteral("建农村"), QStringLiteral("东方村"),
                               QStringLiteral("剑苑社区"), QStringLiteral("芳庄社区")};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("企业名录.xlsx"));
    QElapsedTimer timer;
    timer.start();
    if (Status written = XlsxTableWriter::write(path, generatedSheet(villages, rows)); !written) {
        out << "writing the sheet failed: " << written.error().message << Qt::endl;
        return false;
    }
    const double writeMs = elapsedMs(timer);
    timer.restart();
    auto sheet = SpreadsheetReader::read(path);
    if (!sheet) {
        out << "reading the sheet failed: " << sheet.error().message << Qt::endl;
        return false;
    }
    const double readMs = elapsedMs(timer);
    report.metric(QStringLiteral("xlsx_write_ms"), writeMs, QStringLiteral("ms"),
                  {{QStringLiteral("rows"), rows}});
    report.metric(QStringLiteral("xlsx_read_ms"), readMs, QStringLiteral("ms"),
                  {{QStringLiteral("rows"), rows}});

    QTemporaryDir clientDir;
    ClientSession session(clientDir.path());
    session.pins().setPin(server.address().toString(), server.fingerprint());
    bool synced = false;
    QObject::connect(&session, &ClientSession::syncFinished,
                     [&](bool ok, const QString &) { synced = synced || ok; });
    session.login(server.address(), QStringLiteral("admin"), QStringLiteral("gridsafe-admin"));
    if (!test::waitUntil([&] { return synced; }, 120000)) {
        out << "login failed" << Qt::endl;
        return false;
    }

    const EnterpriseColumnMapping mapping = EnterpriseColumnMapping::forSheet(sheet.value());
    EnterpriseImportRun run(session);
    bool checked = false;
    bool committed = false;
    std::optional<Error> failure;
    QObject::connect(&run, &EnterpriseImportRun::checked, [&] { checked = true; });
    QObject::connect(&run, &EnterpriseImportRun::committed, [&] { committed = true; });
    QObject::connect(&run, &EnterpriseImportRun::failed, [&](const Error &error) { failure = error; });
    timer.restart();
    run.start(QStringLiteral("企业名录.xlsx"), QStringLiteral("bench"), mapping.rowsFor(sheet.value()));
    if (!test::waitUntil([&] { return checked || failure; }, 3600000) || failure) {
        out << "the import's check failed: " << (failure ? failure->message : QStringLiteral("timeout"))
            << Qt::endl;
        return false;
    }
    const double checkedMs = elapsedMs(timer);
    timer.restart();
    run.commit();
    if (!test::waitUntil([&] { return committed || failure; }, 3600000) || failure) {
        out << "the import's commit failed" << Qt::endl;
        return false;
    }
    const double commitMs = elapsedMs(timer);
    report.metric(QStringLiteral("import_rows_per_s"), rows / ((checkedMs + commitMs) / 1000.0),
                  QStringLiteral("1/s"), {{QStringLiteral("rows"), rows}},
                  QStringLiteral("import of %1 rows: upload and check %2 s, commit %3 s = %4 rows/s")
                      .arg(rows)
                      .arg(checkedMs / 1000.0, 0, 'f', 1)
                      .arg(commitMs / 1000.0, 0, 'f', 1)
                      .arg(rows / ((checkedMs + commitMs) / 1000.0), 0, 'f', 0));

    timer.restart();
    ReplicaEnterprises replicaEnterprises(session.replica()->sql());
    if (!test::waitUntil(
            [&] {
                auto count = replicaEnterprises.count();
                return count.ok() && count.value() >= rows;
            },
            3600000)) {
        out << "the replica did not receive the import" << Qt::endl;
        return false;
    }
    report.metric(QStringLiteral("import_sync_ms"), elapsedMs(timer), QStringLiteral("ms"),
                  {{QStringLiteral("rows"), rows}},
                  QStringLiteral("the imported rows reached the administrator's replica in %1 s")
                      .arg(elapsedMs(timer) / 1000.0, 0, 'f', 1));

    // The table loads a large register on a worker thread: measure both when its rows are
    // shown and the longest time the window's thread was held meanwhile (a 1 ms timer's gaps).
    timer.restart();
    EnterpriseTableModel model(*session.replica(), std::nullopt);
    double longestHoldMs = elapsedMs(timer);
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestHoldMs = std::max(longestHoldMs, elapsedMs(sinceTick));
        sinceTick.restart();
    });
    ticker.start();
    test::waitUntil([&] { return !model.isLoading(); }, 600000);
    ticker.stop();
    longestHoldMs = std::max(longestHoldMs, elapsedMs(sinceTick));
    report.metric(QStringLiteral("table_load_ms"), elapsedMs(timer), QStringLiteral("ms"),
                  {{QStringLiteral("rows"), model.totalCount()}},
                  QStringLiteral("the %1-row table shown after %2 ms")
                      .arg(model.totalCount())
                      .arg(elapsedMs(timer), 0, 'f', 0));
    report.metric(QStringLiteral("table_load_hold_ms"), longestHoldMs, QStringLiteral("ms"),
                  {{QStringLiteral("rows"), model.totalCount()}},
                  QStringLiteral("meanwhile the window's thread was held for at most %1 ms at a time")
                      .arg(longestHoldMs, 0, 'f', 1));
    const QList<EnterpriseFilter> filters = [] {
        QList<EnterpriseFilter> list(5);
        list[0].search = QStringLiteral("机械");
        list[1].riskLevel = int(RiskLevel::Significant);
        list[2].supervision = Supervision::None;
        list[3].category = PatrolCategory::KeyIndustry;
        list[3].search = QStringLiteral("99");
        return list;
    }();
    const double filterMs = medianMs(int(filters.size()), [&](int i) { model.setFilter(filters.at(i)); });
    report.metric(QStringLiteral("filter_ms"), filterMs, QStringLiteral("ms"),
                  {{QStringLiteral("rows"), model.totalCount()}},
                  QStringLiteral("filtering the %1-row table: median %2 ms over %3 filters")
                      .arg(model.totalCount())
                      .arg(filterMs, 0, 'f', 1)
                      .arg(filters.size()));
    const double sortMs = medianMs(3, [&](int i) {
        model.sort(i == 1 ? EnterpriseTableModel::RiskColumn : EnterpriseTableModel::NameColumn,
                   i == 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    report.metric(QStringLiteral("sort_ms"), sortMs, QStringLiteral("ms"),
                  {{QStringLiteral("rows"), model.rowCount()}});
    return true;
}

} // namespace gridsafe::bench
