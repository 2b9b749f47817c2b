#include "core/enterprises/EnterpriseImportRun.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "domain/CommandName.h"
#include "protocol/MessageType.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QPointer>

#include <algorithm>

namespace gridsafe {

namespace {

// A chunk's rows in CBOR: far below the 4 MiB frame cap, so a slow link sends one in seconds.
constexpr qint64 kChunkBudgetBytes = 512 * 1024;
constexpr int kUploadTimeoutMs = 120 * 1000;
// The check reads every row against the register; a hundred thousand take a while.
constexpr int kCheckTimeoutMs = 15 * 60 * 1000;
constexpr int kRequestTimeoutMs = 60 * 1000;
constexpr int kProblemsPage = 1000;
constexpr int kMaxAttempts = 5;
constexpr int kMaxRestarts = 3;
constexpr int kRetryDelayMs = 2000;

} // namespace

EnterpriseImportRun::EnterpriseImportRun(ClientSession &session, QObject *parent) :
    QObject(parent),
    m_session(session)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EnterpriseImportRun::retryIfOnline);
    connect(&m_session, &ClientSession::linkStateChanged, this, [this](ClientSession::LinkState state) {
        if (state == ClientSession::LinkState::Online && m_waiting)
            resume();
    });
    connect(&m_session, &ClientSession::commandApplied, this, &EnterpriseImportRun::onCommandApplied);
    connect(&m_session, &ClientSession::commandRejected, this, &EnterpriseImportRun::onCommandRejected);
}

EnterpriseImportRun::~EnterpriseImportRun()
{
    blockSignals(true); // offline, the cancel's answer comes at once
    dropJob();
}

Result<QString> EnterpriseImportRun::fileChecksum(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return makeError(
            ErrorCode::Invalid,
            tr("The file %1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

void EnterpriseImportRun::start(const QString &fileName, const QString &checksum, QList<QCborMap> rows)
{
    dropJob();
    ++m_generation;
    m_retryTimer.stop();
    m_state = State::Staging;
    m_fileName = fileName;
    m_checksum = checksum;
    m_rows = std::move(rows);
    m_jobId = 0;
    m_begun = false;
    m_next = 0;
    m_summary = {};
    m_problems.clear();
    m_commitId.clear();
    m_waiting = false;
    m_attempts = 0;
    m_restarts = 0;
    m_resumes = 0;
    // Signals come from the event loop, never from inside start().
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        if (m_rows.isEmpty()) {
            fail(makeError(ErrorCode::Invalid, tr("The file has no rows to import below its header.")));
            return;
        }
        begin();
    });
}

void EnterpriseImportRun::ask(const char *type, const QCborMap &body, Reply onReply, int timeoutMs)
{
    const quint64 generation = m_generation;
    QPointer<EnterpriseImportRun> self(this);
    m_session.ask(
        QString::fromLatin1(type), body,
        [self, generation, onReply = std::move(onReply)](const Result<QCborMap> &reply) {
            if (!self || self->m_generation != generation)
                return; // cancelled or started again meanwhile
            if (!reply) {
                self->onStagingError(reply.error());
                return;
            }
            onReply(reply.value());
        },
        timeoutMs);
}

void EnterpriseImportRun::begin()
{
    const QCborMap body{{QStringLiteral("fileName"), m_fileName.left(200)},
                        {QStringLiteral("checksum"), m_checksum},
                        {QStringLiteral("rowCount"), qint64(m_rows.size())}};
    ask(
        msg::kImportBegin, body,
        [this](const QCborMap &reply) {
            m_jobId = reply.value(QStringLiteral("jobId")).toInteger();
            m_serverChunkRows =
                int(std::max<qint64>(1, reply.value(QStringLiteral("maxRowsPerChunk")).toInteger(1)));
            m_begun = true;
            m_next = 0;
            Q_EMIT progress(Stage::Uploading, 0, m_rows.size());
            uploadNext();
        },
        kRequestTimeoutMs);
}

void EnterpriseImportRun::uploadNext()
{
    if (m_next >= m_rows.size()) {
        check();
        return;
    }
    const int limit = std::min(m_serverChunkRows, m_maxChunkRows);
    QCborArray chunk;
    qint64 bytes = 0;
    for (qsizetype i = m_next; i < m_rows.size() && chunk.size() < limit; ++i) {
        const qint64 size = QCborValue(m_rows.at(i)).toCbor().size();
        if (!chunk.isEmpty() && bytes + size > kChunkBudgetBytes)
            break;
        chunk.append(m_rows.at(i));
        bytes += size;
    }
    const qsizetype first = m_next;
    const qsizetype sent = chunk.size();
    const QCborMap body{{QStringLiteral("jobId"), m_jobId},
                        {QStringLiteral("first"), qint64(first)},
                        {QStringLiteral("rows"), chunk}};
    ask(
        msg::kImportUpload, body,
        [this, first, sent](const QCborMap &reply) {
            m_next = reply.value(QStringLiteral("staged")).toInteger(first + sent);
            m_attempts = 0;
            m_waitClock.invalidate();
            Q_EMIT progress(Stage::Uploading, m_next, m_rows.size());
            uploadNext();
        },
        kUploadTimeoutMs);
}

void EnterpriseImportRun::check()
{
    Q_EMIT progress(Stage::Checking, 0, 0);
    ask(
        msg::kImportCheck, {{QStringLiteral("jobId"), m_jobId}},
        [this](const QCborMap &summary) {
            m_summary = summary;
            m_problems.clear();
            fetchProblems();
        },
        kCheckTimeoutMs);
}

void EnterpriseImportRun::fetchProblems()
{
    const qint64 counted = m_summary.value(QStringLiteral("problems")).toInteger();
    if (counted == 0) {
        m_state = State::Checked;
        Q_EMIT checked(m_summary, m_problems);
        return;
    }
    Q_EMIT progress(Stage::FetchingProblems, m_problems.size(), counted);
    const QCborMap body{{QStringLiteral("jobId"), m_jobId},
                        {QStringLiteral("offset"), qint64(m_problems.size())},
                        {QStringLiteral("limit"), kProblemsPage}};
    ask(
        msg::kImportProblems, body,
        [this, counted](const QCborMap &reply) {
            const QList<EnterpriseImportProblem> page =
                EnterpriseImportProblem::fromArray(reply.value(QStringLiteral("problems")).toArray());
            m_problems.append(page);
            // The server keeps a bounded number of problems; a short page is the last.
            if (page.size() == kProblemsPage && m_problems.size() < counted) {
                fetchProblems();
                return;
            }
            Q_EMIT progress(Stage::FetchingProblems, m_problems.size(), counted);
            m_state = State::Checked;
            Q_EMIT checked(m_summary, m_problems);
        },
        kRequestTimeoutMs);
}

void EnterpriseImportRun::onStagingError(const Error &error)
{
    if (m_state != State::Staging)
        return;
    m_lastError = error;
    if (error.code == ErrorCode::Network) {
        if (!m_begun) {
            fail(makeError(ErrorCode::Network,
                           tr("The import needs the server, which cannot be reached now (%1). Nothing has "
                              "changed; try again when the link is back.")
                               .arg(error.message)));
            return;
        }
        waitForLink();
        return;
    }
    // Committed, cancelled elsewhere, replaced or expired: stage the rows again.
    if (error.code == ErrorCode::NotFound && m_jobId != 0 && m_restarts < kMaxRestarts) {
        ++m_restarts;
        m_jobId = 0;
        m_next = 0;
        begin();
        return;
    }
    fail(error);
}

void EnterpriseImportRun::waitForLink()
{
    if (++m_attempts > kMaxAttempts) {
        fail(makeError(ErrorCode::Network, tr("The link to the server keeps failing (%1); the import stopped "
                                              "after %2 of %3 rows. Start it again later.")
                                               .arg(m_lastError.message)
                                               .arg(m_next)
                                               .arg(m_rows.size())));
        return;
    }
    if (!m_waitClock.isValid())
        m_waitClock.start();
    if (!m_waiting) {
        m_waiting = true;
        Q_EMIT waitingForLink(true);
    }
    // The failed request's callback runs before the session marks the link down, so look
    // again in a moment instead of trusting the link state now.
    m_retryTimer.start(kRetryDelayMs);
}

void EnterpriseImportRun::retryIfOnline()
{
    if (!m_waiting)
        return;
    if (m_session.linkState() == ClientSession::LinkState::Online) {
        resume();
        return;
    }
    if (m_waitClock.isValid() && m_waitClock.elapsed() > m_linkWaitLimitMs) {
        fail(makeError(ErrorCode::Network, tr("The link to the server did not come back; the import stopped "
                                              "after %1 of %2 rows. Start it again when the server can be "
                                              "reached.")
                                               .arg(m_next)
                                               .arg(m_rows.size())));
        return;
    }
    m_retryTimer.start(kRetryDelayMs); // linkStateChanged may well come first
}

void EnterpriseImportRun::resume()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_retryTimer.stop();
    ++m_resumes;
    Q_EMIT waitingForLink(false);
    if (m_jobId == 0) {
        begin();
        return;
    }
    ask(
        msg::kImportStatus, {{QStringLiteral("jobId"), m_jobId}},
        [this](const QCborMap &status) {
            m_next = std::min<qsizetype>(status.value(QStringLiteral("staged")).toInteger(), m_rows.size());
            Q_EMIT progress(Stage::Uploading, m_next, m_rows.size());
            uploadNext(); // checks when every row is there
        },
        kRequestTimeoutMs);
}

void EnterpriseImportRun::commit()
{
    if (m_state != State::Checked)
        return;
    m_state = State::Committing;
    Q_EMIT progress(Stage::Committing, 0, 0);
    auto queued = m_session.submit(
        QString::fromLatin1(cmd::kEnterpriseImport), {{QStringLiteral("jobId"), m_jobId}},
        tr("Import enterprises from %1 (%n row(s))", nullptr, int(m_rows.size())).arg(m_fileName));
    if (!queued) {
        fail(queued.error());
        return;
    }
    m_commitId = queued.value();
}

void EnterpriseImportRun::onCommandApplied(const QString &commandId, const QCborMap &result)
{
    if (m_state != State::Committing || commandId != m_commitId)
        return;
    m_state = State::Committed;
    m_jobId = 0; // the commit took the staged job with it
    Q_EMIT committed(result);
}

void EnterpriseImportRun::onCommandRejected(const QString &commandId, const Error &error)
{
    if (m_state != State::Committing || commandId != m_commitId)
        return;
    // The refusal is reported here; the same job cannot be sent again, so it does not wait
    // in the outbox for a correction.
    if (Status removed = m_session.outbox()->remove(commandId); !removed)
        qWarning() << "cannot remove the refused import from the outbox:" << removed.error().message;
    fail(error);
}

void EnterpriseImportRun::cancel()
{
    if (m_state == State::Cancelled || m_state == State::Committed)
        return;
    dropJob();
    ++m_generation;
    m_retryTimer.stop();
    if (m_waiting) {
        m_waiting = false;
        Q_EMIT waitingForLink(false);
    }
    m_state = State::Cancelled;
}

void EnterpriseImportRun::dropJob()
{
    if (m_jobId == 0 || (m_state != State::Staging && m_state != State::Checked && m_state != State::Failed))
        return;
    // Best effort: a job left behind expires on the server after two idle hours.
    QPointer<EnterpriseImportRun> self(this);
    m_session.ask(QString::fromLatin1(msg::kImportCancel), {{QStringLiteral("jobId"), m_jobId}},
                  [self](const Result<QCborMap> &) {
                      if (self)
                          Q_EMIT self->jobCancelled();
                  });
    m_jobId = 0;
}

void EnterpriseImportRun::fail(const Error &error)
{
    m_retryTimer.stop();
    if (m_waiting) {
        m_waiting = false;
        Q_EMIT waitingForLink(false);
    }
    m_state = State::Failed;
    Q_EMIT failed(error);
}

} // namespace gridsafe
