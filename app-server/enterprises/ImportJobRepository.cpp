#include "enterprises/ImportJobRepository.h"

#include "sql/PreparedStatement.h"
#include "sql/SqlRunner.h"

#include <QSqlQuery>

namespace gridsafe {

Result<qint64> ImportJobRepository::insert(const ImportJob &job)
{
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO import_jobs (user_id, file_name, checksum, row_count, "
                              "rows_staged, checked, created_at, touched_at) VALUES (:user, :file, :sum, "
                              ":rows, 0, 0, :at, :at)"),
               {{QStringLiteral("user"), job.userId},
                {QStringLiteral("file"), textValue(job.fileName)},
                {QStringLiteral("sum"), textValue(job.checksum)},
                {QStringLiteral("rows"), job.rowCount},
                {QStringLiteral("at"), job.createdAt}});
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Result<std::optional<ImportJob>> ImportJobRepository::find(qint64 id) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT id, user_id, file_name, checksum, row_count, rows_staged, checked, "
                              "created_at, touched_at, staged_bytes FROM import_jobs WHERE id = :id"),
               {{QStringLiteral("id"), id}});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<ImportJob>();
    const QSqlQuery &row = query.value();
    ImportJob job;
    job.id = row.value(0).toLongLong();
    job.userId = row.value(1).toLongLong();
    job.fileName = row.value(2).toString();
    job.checksum = row.value(3).toString();
    job.rowCount = row.value(4).toInt();
    job.rowsStaged = row.value(5).toInt();
    job.checked = row.value(6).toBool();
    job.createdAt = row.value(7).toString();
    job.touchedAt = row.value(8).toString();
    job.stagedBytes = row.value(9).toLongLong();
    return std::optional(job);
}

Result<QList<qint64>> ImportJobRepository::jobsOf(qint64 userId) const
{
    auto query = runSql(m_db, QStringLiteral("SELECT id FROM import_jobs WHERE user_id = :user ORDER BY id"),
                        {{QStringLiteral("user"), userId}});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value().next())
        ids.append(query.value().value(0).toLongLong());
    return ids;
}

Result<int> ImportJobRepository::count() const
{
    auto value = scalarSql(m_db, QStringLiteral("SELECT count(*) FROM import_jobs"));
    if (!value)
        return value.error();
    return value.value().toInt();
}

Status ImportJobRepository::remove(qint64 id)
{
    // Rows and problems go with the job (ON DELETE CASCADE).
    return execSql(m_db, QStringLiteral("DELETE FROM import_jobs WHERE id = :id"),
                   {{QStringLiteral("id"), id}});
}

Result<int> ImportJobRepository::removeUntouchedSince(const QString &before)
{
    auto query = runSql(m_db, QStringLiteral("DELETE FROM import_jobs WHERE touched_at < :before"),
                        {{QStringLiteral("before"), before}});
    if (!query)
        return query.error();
    return query.value().numRowsAffected();
}

Status ImportJobRepository::stage(qint64 jobId, int first, const QList<QByteArray> &rows, int rowsStaged,
                                  qint64 addedBytes, const QString &at)
{
    PreparedStatement insert(m_db,
                             QStringLiteral("INSERT OR REPLACE INTO import_rows (job_id, row_number, cells) "
                                            "VALUES (:job, :position, :cells)"));
    for (int i = 0; i < rows.size(); ++i) {
        if (Status stored = insert.exec({{QStringLiteral("job"), jobId},
                                         {QStringLiteral("position"), first + i},
                                         {QStringLiteral("cells"), rows.at(i)}});
            !stored)
            return stored;
    }
    // New rows make an earlier check's problems stale.
    return execSql(
        m_db,
        QStringLiteral("UPDATE import_jobs SET rows_staged = :staged, staged_bytes = staged_bytes + "
                       ":added, checked = 0, touched_at = :at WHERE id = :job"),
        {{QStringLiteral("staged"), rowsStaged},
         {QStringLiteral("added"), addedBytes},
         {QStringLiteral("at"), at},
         {QStringLiteral("job"), jobId}});
}

Status ImportJobRepository::forEachRow(
    qint64 jobId, const std::function<Status(int position, const QByteArray &cells)> &visit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT row_number, cells FROM import_rows WHERE job_id = :job "
                                      "ORDER BY row_number")))
        return makeError(ErrorCode::Internal, QStringLiteral("SQL prepare failed"));
    query.bindValue(QStringLiteral(":job"), jobId);
    if (!query.exec())
        return makeError(ErrorCode::Internal, QStringLiteral("SQL failed reading staged rows"));
    while (query.next()) {
        if (Status visited = visit(query.value(0).toInt(), query.value(1).toByteArray()); !visited)
            return visited;
    }
    return success();
}

Status ImportJobRepository::replaceProblems(qint64 jobId, const QList<ImportProblem> &problems,
                                            const QString &at)
{
    if (Status cleared = execSql(m_db, QStringLiteral("DELETE FROM import_problems WHERE job_id = :job"),
                                 {{QStringLiteral("job"), jobId}});
        !cleared)
        return cleared;
    PreparedStatement insert(
        m_db, QStringLiteral("INSERT INTO import_problems (job_id, row_number, field, message) "
                             "VALUES (:job, :row, :field, :message)"));
    for (const ImportProblem &problem : problems) {
        if (Status stored = insert.exec({{QStringLiteral("job"), jobId},
                                         {QStringLiteral("row"), problem.row},
                                         {QStringLiteral("field"), textValue(problem.field)},
                                         {QStringLiteral("message"), textValue(problem.message)}});
            !stored)
            return stored;
    }
    return execSql(m_db,
                   QStringLiteral("UPDATE import_jobs SET checked = 1, touched_at = :at WHERE id = :job"),
                   {{QStringLiteral("at"), at}, {QStringLiteral("job"), jobId}});
}

Result<QList<ImportProblem>> ImportJobRepository::problems(qint64 jobId, int offset, int limit) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT row_number, field, message FROM import_problems WHERE job_id = :job "
                              "ORDER BY row_number, rowid LIMIT :limit OFFSET :offset"),
               {{QStringLiteral("job"), jobId},
                {QStringLiteral("limit"), limit},
                {QStringLiteral("offset"), offset}});
    if (!query)
        return query.error();
    QList<ImportProblem> result;
    while (query.value().next())
        result.append({query.value().value(0).toInt(), query.value().value(1).toString(),
                       query.value().value(2).toString()});
    return result;
}

} // namespace gridsafe
