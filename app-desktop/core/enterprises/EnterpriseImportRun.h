#pragma once
// 导入企业名录 — one import of the enterprise register through the server, shared by the
// desktop's import dialog and the CLI. It stages the rows (import.begin, then import.upload
// in chunks, one at a time), has the server check them (import.check: the dry run, nothing
// changes), fetches every problem, and on commit() queues enterprise.import through the
// outbox. A link lost midway is waited out: once it is back, import.status says how many rows
// arrived and the upload goes on from there; a job the server no longer holds is begun again.
// The session must outlive the run.

#include "core/enterprises/EnterpriseImportProblem.h"
#include "util/Result.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace gridsafe {

class ClientSession;

class EnterpriseImportRun : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Uploading, Checking, FetchingProblems, Committing };
    Q_ENUM(Stage)
    enum class State { Idle, Staging, Checked, Committing, Committed, Failed, Cancelled };
    Q_ENUM(State)

    explicit EnterpriseImportRun(ClientSession &session, QObject *parent = nullptr);
    // Drops a job still staged on the server (best effort).
    ~EnterpriseImportRun() override;

    // The SHA-256 of the file's bytes, in hex: the audit log records it with the import.
    static Result<QString> fileChecksum(const QString &path);

    // Stages and checks `rows` (EnterpriseColumnMapping::rowsFor); `checked` or `failed`
    // follows, always from the event loop. A job of an earlier start is dropped.
    void start(const QString &fileName, const QString &checksum, QList<QCborMap> rows);
    // After `checked`: queues the commit of every row without a problem; `committed` or
    // `failed` follows (offline, the command waits in the outbox for the link).
    void commit();
    // Stops and drops the staged rows on the server (best effort). A commit already queued is
    // not withdrawn: the run only stops waiting for it.
    void cancel();

    // At most this many rows per chunk, below the server's own bound (tests make it small).
    void setMaxChunkRows(int rows) { m_maxChunkRows = std::max(1, rows); }
    // How long a lost link is waited for before the run gives up (default ten minutes).
    void setLinkWaitLimit(int milliseconds) { m_linkWaitLimitMs = milliseconds; }

    State state() const { return m_state; }
    qint64 jobId() const { return m_jobId; }
    const QString &commitCommandId() const { return m_commitId; }
    qsizetype rowCount() const { return m_rows.size(); }
    const QCborMap &summary() const { return m_summary; }
    const QList<EnterpriseImportProblem> &problems() const { return m_problems; }
    // How often the upload went on after a lost link.
    int resumes() const { return m_resumes; }

Q_SIGNALS:
    // Uploading: rows the server holds of all; Checking and Committing: 0 of 0 (no measure);
    // FetchingProblems: problems fetched of those counted.
    void progress(gridsafe::EnterpriseImportRun::Stage stage, qint64 done, qint64 total);
    // The link dropped and the run waits for it (true), or goes on (false).
    void waitingForLink(bool waiting);
    void checked(const QCborMap &summary, const QList<gridsafe::EnterpriseImportProblem> &problems);
    void failed(const gridsafe::Error &error);
    void committed(const QCborMap &summary);
    // The server answered the import.cancel of a dropped job (or could not be asked): a
    // console program may exit now without cutting the request off.
    void jobCancelled();

private:
    using Reply = std::function<void(const QCborMap &)>;
    void ask(const char *type, const QCborMap &body, Reply onReply, int timeoutMs);
    void begin();
    void uploadNext();
    void check();
    void fetchProblems();
    void onStagingError(const Error &error);
    void waitForLink();
    void retryIfOnline();
    void resume();
    void dropJob();
    void fail(const Error &error);
    void onCommandApplied(const QString &commandId, const QCborMap &result);
    void onCommandRejected(const QString &commandId, const Error &error);

    ClientSession &m_session;
    State m_state = State::Idle;
    QString m_fileName;
    QString m_checksum;
    QList<QCborMap> m_rows;
    qint64 m_jobId = 0;
    bool m_begun = false; // the server took a begin once: a lost link is waited out from here
    int m_serverChunkRows = 1;
    int m_maxChunkRows = 100000;
    qsizetype m_next = 0; // the first row not yet staged
    QCborMap m_summary;
    QList<EnterpriseImportProblem> m_problems;
    QString m_commitId;
    // Every request carries the generation it was made in: replies to a cancelled or
    // restarted run are dropped.
    quint64 m_generation = 0;
    bool m_waiting = false;
    int m_attempts = 0; // failures in a row without progress
    int m_restarts = 0; // jobs begun again after the server dropped one
    int m_resumes = 0;
    Error m_lastError;
    QTimer m_retryTimer;
    QElapsedTimer m_waitClock;
    int m_linkWaitLimitMs = 10 * 60 * 1000;
};

} // namespace gridsafe
