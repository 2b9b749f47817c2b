// gridsafe-bench: measures what GridSafe's users wait on, capability by capability, against
// a real server on loopback. Prints one JSON object per figure and a summary; asserts nothing
// about time (a benchmark measures). Usage:
//   gridsafe-bench [--quick] [--grids N] [--rows N] [--log N] [--enterprises N]
//                  [--only district|sync|noop|commands|import]
// --quick runs small sizes: CI runs it as a smoke test.

#include "BenchReport.h"
#include "CommandLoadBench.h"
#include "DistrictBench.h"
#include "ImportBench.h"
#include "NoopSyncBench.h"
#include "SyncBench.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace gridsafe;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    auto number = [&](const QString &option, int fallback) {
        const qsizetype at = args.indexOf(option);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int grids = number(QStringLiteral("--grids"), quick ? 100 : 2000);
    const int rows = number(QStringLiteral("--rows"), quick ? 2000 : 100000);
    const int log = number(QStringLiteral("--log"), quick ? 20000 : 1000000);
    const int enterprises = number(QStringLiteral("--enterprises"), quick ? 1000 : 100000);
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 && onlyAt + 1 < args.size() ? args.at(onlyAt + 1) : QString();

    // A child run that only makes the district's database (see DistrictBench.h).
    if (const qsizetype at = args.indexOf(QStringLiteral("--generate-district"));
        at >= 0 && at + 1 < args.size())
        return bench::generateDistrict(args.at(at + 1), enterprises) ? 0 : 1;

    bench::BenchReport report;
    bool ok = true;
    // First: its peak memory figures are the process's own.
    if (only.isEmpty() || only == QLatin1String("district"))
        ok = bench::runDistrictBench(report, enterprises) && ok;
    if (ok && (only.isEmpty() || only == QLatin1String("sync"))) {
        test::TestServer server;
        ok = bench::runSyncBench(server, grids, report) && ok;
    }
    if (ok && (only.isEmpty() || only == QLatin1String("noop"))) {
        test::TestServer server;
        ok = bench::runNoopSyncBench(server, log, report) && ok;
    }
    if (ok && (only.isEmpty() || only == QLatin1String("commands")))
        ok = bench::runCommandLoadBench(report, quick) && ok;
    if (ok && (only.isEmpty() || only == QLatin1String("import"))) {
        test::TestServer server;
        ok = bench::runImportBench(server, rows, report) && ok;
    }
    report.printSummary();
    return ok ? 0 : 1;
}
