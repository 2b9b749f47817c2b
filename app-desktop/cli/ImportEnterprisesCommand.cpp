#include "cli/ImportEnterprisesCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "cli/SessionWaiter.h"
#include "core/enterprises/EnterpriseColumnMapping.h"
#include "core/enterprises/EnterpriseImportRun.h"
#include "core/enterprises/EnterpriseImportSummary.h"
#include "domain/EnterpriseImportFields.h"
#include "sheets/SpreadsheetReader.h"
#include "util/ConsoleStreams.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gridsafe {

namespace {

// The run gives up on a lost link by itself; this only bounds a server that never answers.
constexpr int kRunTimeoutMs = 3 * 60 * 60 * 1000;
constexpr int kCancelTimeoutMs = 10 * 1000;
constexpr int kCommitLinkWaitMs = 2 * 60 * 1000;

// A file or mapping the command cannot use: said as failures are (JSON too), with the
// exit code of bad input.
int badInput(const CliContext &context, const QString &message)
{
    context.failWith(makeError(ErrorCode::Invalid, message));
    return kExitUsage;
}

QString fieldNames()
{
    return enterpriseImportFields().join(QStringLiteral(", "));
}

QJsonArray columnsJson(const EnterpriseColumnMapping &mapping)
{
    QJsonArray columns;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const QString field = mapping.field(column);
        columns.append(
            QJsonObject{{QStringLiteral("column"), EnterpriseColumnMapping::columnName(column)},
                        {QStringLiteral("title"), mapping.title(column)},
                        {QStringLiteral("field"), field.isEmpty() ? QJsonValue() : QJsonValue(field)}});
    }
    return columns;
}

QJsonArray problemsJson(const QList<EnterpriseImportProblem> &problems)
{
    QJsonArray list;
    for (const EnterpriseImportProblem &problem : problems)
        list.append(QJsonObject{{QStringLiteral("row"), problem.row},
                                {QStringLiteral("field"), problem.field},
                                {QStringLiteral("message"), problem.message}});
    return list;
}

QString reportText(const EnterpriseImportRun &run)
{
    const EnterpriseImportSummary summary = EnterpriseImportSummary::fromMap(run.summary());
    QString text = QCoreApplication::translate("CliApp", "Checked %n row(s): %1.\n", nullptr, summary.rows)
                       .arg(summary.checkedText());
    for (const EnterpriseImportProblem &problem : run.problems())
        text += problem.line() + QLatin1Char('\n');
    if (summary.problems > run.problems().size())
        text += QCoreApplication::translate("CliApp", "(The server lists the first %1 of %2 problems.)\n")
                    .arg(run.problems().size())
                    .arg(summary.problems);
    return text;
}

void printProgress(EnterpriseImportRun::Stage stage, qint64 done, qint64 total, qint64 &lastTenth)
{
    switch (stage) {
    case EnterpriseImportRun::Stage::Uploading: {
        // A line per tenth: a hundred thousand rows are fifty chunks.
        const qint64 tenth = total > 0 ? done * 10 / total : 0;
        if (tenth == lastTenth)
            return;
        lastTenth = tenth;
        err() << QCoreApplication::translate("CliApp", "Uploaded %1 of %2 rows…").arg(done).arg(total)
              << Qt::endl;
        return;
    }
    case EnterpriseImportRun::Stage::Checking:
        err() << QCoreApplication::translate("CliApp", "The server is checking the rows…") << Qt::endl;
        return;
    case EnterpriseImportRun::Stage::FetchingProblems:
        return;
    case EnterpriseImportRun::Stage::Committing:
        err() << QCoreApplication::translate("CliApp", "Importing the valid rows…") << Qt::endl;
        return;
    }
}

} // namespace

int ImportEnterprisesCommand::applyMaps(const CliContext &context, EnterpriseColumnMapping &mapping)
{
    for (const QString &map : context.parser().values(QStringLiteral("map"))) {
        const qsizetype equals = map.lastIndexOf(QLatin1Char('='));
        if (equals <= 0)
            return badInput(
                context, QCoreApplication::translate(
                             "CliApp", "--map takes TITLE=FIELD (e.g. 社会信用代码=creditCode), not \"%1\".")
                             .arg(map));
        const QString title = map.left(equals);
        const QString wanted = map.mid(equals + 1).trimmed();
        const int column = mapping.findColumn(title);
        if (column < 0)
            return badInput(
                context,
                QCoreApplication::translate("CliApp", "The file has no column titled \"%1\".").arg(title));
        QString field;
        if (wanted.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0 && wanted != QLatin1String("-")) {
            const std::optional<QString> matched = enterpriseImportFields().contains(wanted)
                                                       ? std::optional(wanted)
                                                       : matchEnterpriseImportHeader(wanted);
            if (!matched)
                return badInput(context, QCoreApplication::translate(
                                             "CliApp", "\"%1\" is not an import field. The fields are: %2; "
                                                       "none leaves the column out.")
                                             .arg(wanted, fieldNames()));
            field = *matched;
        }
        if (Status set = mapping.setField(column, field); !set)
            return badInput(context, set.error().message);
    }
    return kExitOk;
}

QString ImportEnterprisesCommand::describeColumns(const EnterpriseColumnMapping &mapping,
                                                  const SheetData &sheet, const QString &fileName)
{
    const qsizetype rows = std::max<qsizetype>(0, sheet.rows.size() - mapping.headerRow() - 1);
    QString text =
        sheet.encoding.isEmpty()
            ? QCoreApplication::translate(
                  "CliApp", "%1: sheet \"%2\", header on row %3, %n row(s) below it.\n", nullptr, int(rows))
                  .arg(fileName, sheet.sheetName)
                  .arg(mapping.headerRow() + 1)
            : QCoreApplication::translate("CliApp", "%1: text in %2, header on row %3, %n row(s) below it.\n",
                                          nullptr, int(rows))
                  .arg(fileName, sheet.encoding)
                  .arg(mapping.headerRow() + 1);
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const QString field = mapping.field(column);
        text += QStringLiteral("  %1  %2  →  %3\n")
                    .arg(EnterpriseColumnMapping::columnName(column), mapping.title(column),
                         field.isEmpty()
                             ? QCoreApplication::translate("CliApp", "(not imported)")
                             : QStringLiteral("%1 (%2)").arg(enterpriseImportFieldLabel(field), field));
    }
    for (const QString &note : mapping.notes())
        text += note + QLatin1Char('\n');
    return text;
}

int ImportEnterprisesCommand::run(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const bool skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    const QString path = parser.positionalArguments().value(1);
    if (path.isEmpty())
        return CliContext::usage(QCoreApplication::translate(
            "CliApp",
            "import-enterprises needs the file: import-enterprises FILE [--dry-run] [--skip-invalid] "
            "[--map TITLE=FIELD]..."));

    // The file first: a file that cannot be used is said before any network.
    auto sheet = SpreadsheetReader::read(path);
    if (!sheet)
        return badInput(context, sheet.error().message);
    EnterpriseColumnMapping mapping = EnterpriseColumnMapping::forSheet(sheet.value());
    if (int code = applyMaps(context, mapping); code != kExitOk)
        return code;
    const QString fileName = QFileInfo(path).fileName();
    if (!json) {
        out() << describeColumns(mapping, sheet.value(), fileName);
        out().flush();
    }
    if (const QStringList missing = mapping.missingRequired(); !missing.isEmpty()) {
        QStringList labels;
        for (const QString &field : missing)
            labels.append(QStringLiteral("%1 (%2)").arg(enterpriseImportFieldLabel(field), field));
        return badInput(context,
                        QCoreApplication::translate("CliApp", "No column gives: %1. Name the columns "
                                                              "with --map TITLE=FIELD.")
                            .arg(labels.join(QStringLiteral(", "))));
    }
    QList<QCborMap> rows = mapping.rowsFor(sheet.value());
    sheet.value().rows = {}; // a hundred thousand rows need not be held twice
    if (rows.isEmpty())
        return badInput(context,
                        QCoreApplication::translate("CliApp", "The file has no rows below its header."));
    auto checksum = EnterpriseImportRun::fileChecksum(path);
    if (!checksum)
        return badInput(context, checksum.error().message);

    if (int code = context.connectSaved(false); code != kExitOk) {
        if (code == kExitNetwork)
            err() << QCoreApplication::translate("CliApp",
                                                 "Importing enterprises needs the server, which cannot "
                                                 "be reached now. Nothing was changed; run the import "
                                                 "again when the server is back.")
                  << Qt::endl;
        return code;
    }
    ClientSession &session = context.session();
    bool checked = false;
    bool committed = false;
    QCborMap result;
    bool jobCancelled = false;
    std::optional<Error> failure;
    qint64 lastTenth = -1;
    EnterpriseImportRun run(session);
    run.setLinkWaitLimit(60 * 1000);
    QObject::connect(&run, &EnterpriseImportRun::checked, [&] { checked = true; });
    QObject::connect(&run, &EnterpriseImportRun::committed, [&](const QCborMap &done) {
        committed = true;
        result = done;
    });
    QObject::connect(&run, &EnterpriseImportRun::jobCancelled, [&] { jobCancelled = true; });
    QObject::connect(&run, &EnterpriseImportRun::failed, [&](const Error &error) { failure = error; });
    QObject::connect(&run, &EnterpriseImportRun::progress,
                     [&](EnterpriseImportRun::Stage stage, qint64 done, qint64 total) {
                         printProgress(stage, done, total, lastTenth);
                     });
    QObject::connect(&run, &EnterpriseImportRun::waitingForLink, [](bool waiting) {
        err() << (waiting ? QCoreApplication::translate("CliApp",
                                                        "The link to the server dropped; waiting for it…")
                          : QCoreApplication::translate("CliApp", "The link is back; going on from the rows "
                                                                  "the server has."))
              << Qt::endl;
    });
    SessionWaiter waiter(session);
    run.start(fileName, checksum.value(), std::move(rows));
    if (!waiter.waitUntil([&] { return checked || failure; }, kRunTimeoutMs))
        return context.failWith(SessionWaiter::noAnswer());
    if (failure)
        return context.failWith(*failure);

    const EnterpriseImportSummary summary = EnterpriseImportSummary::fromMap(run.summary());
    QJsonObject report{{QStringLiteral("file"), fileName},
                       {QStringLiteral("sheet"), sheet->sheetName},
                       {QStringLiteral("encoding"), sheet->encoding},
                       {QStringLiteral("headerRow"), mapping.headerRow() + 1},
                       {QStringLiteral("columns"), columnsJson(mapping)},
                       {QStringLiteral("summary"), run.summary().toJsonObject()},
                       {QStringLiteral("problems"), problemsJson(run.problems())},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("committed"), false}};
    if (!json) {
        out() << reportText(run);
        out().flush();
    }

    const bool commit = !dryRun && summary.valid() > 0 && (summary.refused == 0 || skipInvalid);
    if (!commit) {
        // The staged rows go at once rather than waiting two hours on the server.
        run.cancel();
        waiter.waitUntil([&] { return jobCancelled; }, kCancelTimeoutMs);
        QString outcome;
        if (dryRun)
            outcome = QCoreApplication::translate("CliApp", "Dry run: nothing was imported.\n");
        else if (summary.refused > 0 && summary.valid() > 0)
            outcome = QCoreApplication::translate("CliApp",
                                                  "Nothing was imported: %n row(s) have problems. Correct "
                                                  "them, or run again with --skip-invalid to import the "
                                                  "%1 valid rows.\n",
                                                  nullptr, summary.refused)
                          .arg(summary.valid());
        else if (summary.refused > 0)
            outcome =
                QCoreApplication::translate("CliApp", "Nothing was imported: no row can be imported.\n");
        else
            outcome =
                QCoreApplication::translate("CliApp", "Nothing to import: the register already holds every "
                                                      "row as it is.\n");
        context.print(report, outcome);
        return summary.refused > 0 ? kExitRejected : kExitOk;
    }

    run.commit();
    // A large commit can outlast the request's time limit: the link drops, and once the
    // server is free again the outbox sends the command again and gets its verdict (the
    // same id is applied once). Only a link that stays down leaves it to a later sync.
    QElapsedTimer offline;
    waiter.waitUntil(
        [&] {
            if (session.linkState() == ClientSession::LinkState::Online)
                offline.invalidate();
            else if (!offline.isValid())
                offline.start();
            return committed || failure || (offline.isValid() && offline.elapsed() > kCommitLinkWaitMs);
        },
        kRunTimeoutMs);
    if (failure)
        return context.failWith(*failure);
    if (!committed) {
        // The link stayed down before the verdict: the outbox sends the import later.
        report.insert(QStringLiteral("queued"), true);
        context.print(report, QCoreApplication::translate("CliApp", "The import waits in the outbox; run "
                                                                    "gridsafe-cli sync when the server is "
                                                                    "reachable.\n"));
        return kExitQueued;
    }
    // The commit's own summary: the register may have moved since the check.
    report.insert(QStringLiteral("committed"), true);
    report.insert(QStringLiteral("result"), result.toJsonObject());
    context.print(report, QCoreApplication::translate("CliApp", "Imported: %1.\n")
                              .arg(EnterpriseImportSummary::fromMap(result).committedText()));
    return kExitOk;
}

} // namespace gridsafe
