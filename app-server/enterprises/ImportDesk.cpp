#include "enterprises/ImportDesk.h"

#include "commands/RequestRegistry.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "domain/EnterpriseImportFields.h"
#include "enterprises/EnterpriseImport.h"
#include "enterprises/ImportJobRepository.h"
#include "protocol/FieldReader.h"
#include "protocol/MessageType.h"
#include "sql/TransactionGuard.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QSet>

namespace gridsafe {

QString ImportDesk::now() const
{
    return m_clock.now().toUTC().toString(Qt::ISODate);
}

Status ImportDesk::mayImport(const Actor &actor) const
{
    if (!roleMayRun(actor.role, QString::fromLatin1(cmd::kEnterpriseImport)))
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("ImportDesk", "Your role may not import enterprises."));
    return success();
}

Result<ImportJob> ImportDesk::ownJob(const Actor &actor, const QCborMap &body) const
{
    if (Status allowed = mayImport(actor); !allowed)
        return allowed.error();
    FieldReader fields(body);
    const qint64 id = fields.integer(QStringLiteral("jobId"));
    if (!fields.ok())
        return fields.error();
    auto job = ImportJobRepository(m_database.sql()).find(id);
    if (!job)
        return job.error();
    // Another user's job is as good as absent.
    if (!job.value() || job.value()->userId != actor.userId)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate(
                "ImportDesk",
                "Import %1 is not open: it was committed, cancelled, replaced by a newer import or "
                "left idle too long. Start the import again.")
                .arg(id));
    return *job.value();
}

Result<QCborMap> ImportDesk::begin(const Actor &actor, const QCborMap &body)
{
    if (Status allowed = mayImport(actor); !allowed)
        return allowed.error();
    FieldReader fields(body);
    const QString fileName = fields.text(QStringLiteral("fileName"));
    const QString checksum = fields.text(QStringLiteral("checksum"));
    const qint64 rowCount = fields.integer(QStringLiteral("rowCount"));
    if (!fields.ok())
        return fields.error();
    if (rowCount < 1 || rowCount > m_limits.maxRowsPerJob)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate(
                "ImportDesk", "An import holds between 1 and %1 rows; this one has %2. Split the file.")
                .arg(m_limits.maxRowsPerJob)
                .arg(rowCount));
    if (fileName.size() > m_limits.maxFileNameLength || checksum.size() > 128)
        return makeError(ErrorCode::BadMessage, QStringLiteral("'fileName' or 'checksum' is too long"));
    QSqlDatabase db = m_database.sql();
    TransactionGuard transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    ImportJobRepository jobs(db);
    const QString expired = m_clock.now().addSecs(-m_limits.idleExpiry.count()).toUTC().toString(Qt::ISODate);
    if (auto swept = jobs.removeUntouchedSince(expired); !swept)
        return swept.error();
    auto mine = jobs.jobsOf(actor.userId);
    if (!mine)
        return mine.error();
    // A user starting over replaces their oldest import rather than being refused.
    for (int i = 0; i + m_limits.maxJobsPerUser <= mine->size(); ++i) {
        if (Status removed = jobs.remove(mine->at(i)); !removed)
            return removed.error();
    }
    auto open = jobs.count();
    if (!open)
        return open.error();
    if (open.value() >= m_limits.maxJobs)
        return makeError(ErrorCode::Busy,
                         QCoreApplication::translate(
                             "ImportDesk", "The server is staging %1 imports already; try again in a few "
                                           "minutes.")
                             .arg(open.value()));
    ImportJob job;
    job.userId = actor.userId;
    job.fileName = fileName;
    job.checksum = checksum;
    job.rowCount = int(rowCount);
    job.createdAt = now();
    auto id = jobs.insert(job);
    if (!id)
        return id.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return QCborMap{{QStringLiteral("jobId"), id.value()},
                    {QStringLiteral("maxRowsPerChunk"), m_limits.maxRowsPerChunk},
                    {QStringLiteral("maxRowBytes"), m_limits.maxRowBytes}};
}

Result<QCborMap> ImportDesk::upload(const Actor &actor, const QCborMap &body)
{
    auto job = ownJob(actor, body);
    if (!job)
        return job.error();
    FieldReader fields(body);
    const qint64 first = fields.integer(QStringLiteral("first"));
    const QCborArray rows = fields.array(QStringLiteral("rows"));
    if (!fields.ok())
        return fields.error();
    if (rows.isEmpty() || rows.size() > m_limits.maxRowsPerChunk)
        return makeError(ErrorCode::BadMessage,
                         QStringLiteral("'rows' must hold 1 to %1 rows").arg(m_limits.maxRowsPerChunk));
    if (first < 0 || first > job->rowsStaged)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "ImportDesk", "Rows must be sent in order: the next row expected is %1.")
                             .arg(job->rowsStaged));
    if (first + rows.size() > job->rowCount)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "ImportDesk", "The import was begun with %1 rows; this chunk goes beyond them.")
                             .arg(job->rowCount));
    static const QStringList known = enterpriseImportFields();
    QList<QByteArray> encoded;
    qint64 added = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QCborValue value = rows.at(i);
        const QCborMap row = value.toMap();
        const QCborValue number = row.value(QStringLiteral("row"));
        const QCborValue cells = row.value(QStringLiteral("cells"));
        if (!value.isMap() || !number.isInteger() || number.toInteger() < 1 || !cells.isMap()
            || cells.toMap().size() > m_limits.maxFieldsPerRow)
            return makeError(
                ErrorCode::BadMessage,
                QStringLiteral("rows[%1] must be {row: integer ≥ 1, cells: map of at most %2 texts}")
                    .arg(i)
                    .arg(m_limits.maxFieldsPerRow));
        const QCborMap cellMap = cells.toMap();
        for (auto it = cellMap.cbegin(); it != cellMap.cend(); ++it) {
            if (!it.key().isString() || !known.contains(it.key().toString()) || !it.value().isString())
                return makeError(
                    ErrorCode::BadMessage,
                    QStringLiteral("rows[%1].cells: '%2' is not an import field with a text value")
                        .arg(i)
                        .arg(it.key().toDiagnosticNotation().left(40)));
        }
        QByteArray bytes = QCborMap{{QStringLiteral("row"), number}, {QStringLiteral("cells"), cellMap}}
                               .toCborValue()
                               .toCbor();
        if (bytes.size() > m_limits.maxRowBytes)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "ImportDesk", "Row %1 of the file holds more than %2 bytes of text.")
                                 .arg(number.toInteger())
                                 .arg(m_limits.maxRowBytes));
        // Rows sent again count again: an upper bound that resending cannot get around.
        added += bytes.size();
        encoded.append(std::move(bytes));
    }
    if (job->stagedBytes + added > m_limits.maxStagedBytesPerJob)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "ImportDesk", "The import holds more than %1 MiB of text; split the file.")
                             .arg(m_limits.maxStagedBytesPerJob / (1024 * 1024)));
    const int staged = std::max(job->rowsStaged, int(first + rows.size()));
    QSqlDatabase db = m_database.sql();
    TransactionGuard transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    if (Status stored = ImportJobRepository(db).stage(job->id, int(first), encoded, staged, added, now());
        !stored)
        return stored.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return QCborMap{{QStringLiteral("staged"), staged}};
}

Result<QCborMap> ImportDesk::status(const Actor &actor, const QCborMap &body)
{
    auto job = ownJob(actor, body);
    if (!job)
        return job.error();
    return QCborMap{{QStringLiteral("rowCount"), job->rowCount},
                    {QStringLiteral("staged"), job->rowsStaged},
                    {QStringLiteral("checked"), job->checked}};
}

Result<QCborMap> ImportDesk::check(const Actor &actor, const QCborMap &body)
{
    auto job = ownJob(actor, body);
    if (!job)
        return job.error();
    if (job->rowsStaged < job->rowCount)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("ImportDesk", "Only %1 of %2 rows have arrived; send the rest first.")
                .arg(job->rowsStaged)
                .arg(job->rowCount));
    QSqlDatabase db = m_database.sql();
    TransactionGuard transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    auto summary = EnterpriseImport::check(db, actor, job.value(), civilDateText(chinaDate(m_clock.now())),
                                           now(), m_limits);
    if (!summary)
        return summary.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary->toMap();
}

Result<QCborMap> ImportDesk::problems(const Actor &actor, const QCborMap &body)
{
    auto job = ownJob(actor, body);
    if (!job)
        return job.error();
    FieldReader fields(body);
    const qint64 offset = fields.optionalInteger(QStringLiteral("offset")).value_or(0);
    const qint64 limit = fields.optionalInteger(QStringLiteral("limit")).value_or(m_limits.maxProblemsPage);
    if (!fields.ok())
        return fields.error();
    if (offset < 0 || limit < 1 || limit > m_limits.maxProblemsPage)
        return makeError(ErrorCode::BadMessage,
                         QStringLiteral("'offset' must be ≥ 0 and 'limit' between 1 and %1")
                             .arg(m_limits.maxProblemsPage));
    if (!job->checked)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("ImportDesk", "Check the import first (import.check)."));
    auto found = ImportJobRepository(m_database.sql()).problems(job->id, int(offset), int(limit));
    if (!found)
        return found.error();
    QCborArray list;
    for (const ImportProblem &problem : found.value())
        list.append(QCborMap{{QStringLiteral("row"), problem.row},
                             {QStringLiteral("field"), problem.field},
                             {QStringLiteral("message"), problem.message}});
    return QCborMap{{QStringLiteral("problems"), list}, {QStringLiteral("offset"), offset}};
}

Result<QCborMap> ImportDesk::cancel(const Actor &actor, const QCborMap &body)
{
    auto job = ownJob(actor, body);
    if (!job)
        return job.error();
    if (Status removed = ImportJobRepository(m_database.sql()).remove(job->id); !removed)
        return removed.error();
    return QCborMap{};
}

void ImportDesk::registerRequests(RequestRegistry &registry, Database &database, const Clock &clock,
                                  const ImportLimits &limits)
{
    auto desk = std::make_shared<ImportDesk>(database, clock, limits);
    auto bind = [desk](Result<QCborMap> (ImportDesk::*method)(const Actor &, const QCborMap &)) {
        return [desk, method](const Actor &actor, const QCborMap &body) {
            return ((*desk).*method)(actor, body);
        };
    };
    registry.add(QString::fromLatin1(msg::kImportBegin), bind(&ImportDesk::begin));
    registry.add(QString::fromLatin1(msg::kImportUpload), bind(&ImportDesk::upload));
    registry.add(QString::fromLatin1(msg::kImportStatus), bind(&ImportDesk::status));
    registry.add(QString::fromLatin1(msg::kImportCheck), bind(&ImportDesk::check));
    registry.add(QString::fromLatin1(msg::kImportProblems), bind(&ImportDesk::problems));
    registry.add(QString::fromLatin1(msg::kImportCancel), bind(&ImportDesk::cancel));
}

} // namespace gridsafe
