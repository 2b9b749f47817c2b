#pragma once
// The staging area of imports: a job per upload (whose it is, the file's name, row count and
// checksum), its rows as the client mapped them, and the problems its check found. Staged
// rows are never replicated and never audited cell by cell; a job goes when it is committed,
// cancelled, replaced or left untouched too long (ImportLimits).

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace gridsafe {

struct ImportJob
{
    qint64 id = 0;
    qint64 userId = 0;
    QString fileName;
    QString checksum;
    int rowCount = 0;
    int rowsStaged = 0;
    bool checked = false;
    qint64 stagedBytes = 0; // of every row sent, resent ones included
    QString createdAt;
    QString touchedAt;
};

struct ImportProblem
{
    int row = 0; // the row number in the user's file
    QString field;
    QString message;
};

class ImportJobRepository
{
public:
    explicit ImportJobRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insert(const ImportJob &job);
    Result<std::optional<ImportJob>> find(qint64 id) const;
    // The user's jobs, oldest first.
    Result<QList<qint64>> jobsOf(qint64 userId) const;
    Result<int> count() const;
    Status remove(qint64 id);
    // Removes jobs untouched since `before`; returns how many.
    Result<int> removeUntouchedSince(const QString &before);

    // Stores rows from position `first` on (replacing any held there) and notes the
    // contiguous count staged.
    Status stage(qint64 jobId, int first, const QList<QByteArray> &rows, int rowsStaged, qint64 addedBytes,
                 const QString &at);
    // Calls `visit` for each staged row in order, with its CBOR cells; stops on failure.
    Status forEachRow(qint64 jobId,
                      const std::function<Status(int position, const QByteArray &cells)> &visit) const;

    Status replaceProblems(qint64 jobId, const QList<ImportProblem> &problems, const QString &at);
    Result<QList<ImportProblem>> problems(qint64 jobId, int offset, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace gridsafe
