#include "commands/CommandWriter.h"

#include "accounts/SessionRepository.h"
#include "audit/AuditLog.h"
#include "sql/TransactionGuard.h"
#include "store/Database.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>
#include <QDebug>
#include <QThread>

#include <unistd.h>

namespace gridsafe {

namespace {

// Test builds only: the crash test makes the server die after a batch is written and
// before its COMMIT, the one moment group commit must get right.
bool crashBeforeCommit()
{
#ifdef GRIDSAFE_FAULT_INJECTION
    static const bool crash = qEnvironmentVariableIntValue("GRIDSAFE_FAULT_CRASH_BEFORE_COMMIT") == 1;
    return crash;
#else
    return false;
#endif
}

} // namespace

CommandWriter::CommandWriter(Settings settings, const Clock &clock, const CommandRegistry &registry,
                             const PasswordHasher &hasher, QObject *parent) :
    QObject(parent),
    m_settings(std::move(settings)),
    m_clock(clock),
    m_registry(registry),
    m_hasher(hasher)
{}

CommandWriter::~CommandWriter()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
}

Status CommandWriter::start()
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("command writer"));
    m_thread->start();
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_started || m_startError; });
    if (m_startError)
        return *m_startError;
    return success();
}

void CommandWriter::submit(const Actor &actor, const QString &commandId, const QString &name,
                           const QCborMap &args, const QString &sessionToken,
                           std::optional<PreparedPasswords> prepared, Completion done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(
            Job{actor, commandId, name, args, sessionToken, std::move(prepared), std::move(done)});
    }
    m_wake.notify_all();
}

qint64 CommandWriter::batchesCommitted() const
{
    std::lock_guard lock(m_mutex);
    return m_batches;
}

void CommandWriter::hold()
{
    std::lock_guard lock(m_mutex);
    m_held = true;
}

void CommandWriter::release()
{
    {
        std::lock_guard lock(m_mutex);
        m_held = false;
    }
    m_wake.notify_all();
}

int CommandWriter::queuedCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_queue.size());
}

void CommandWriter::run()
{
    // Everything bound to the writer's connection is made, used and destroyed here: a Qt
    // SQL connection belongs to the thread that opened it.
    auto database = Database::open(m_settings.databasePath);
    if (!database) {
        std::lock_guard lock(m_mutex);
        m_startError = database.error();
        m_wake.notify_all();
        return;
    }
    {
        QSqlDatabase db = database.value()->sql();
        ChangeFeed changes(db);
        AuditLog audit(db, m_clock);
        SessionRepository sessions(db, m_clock, m_settings.sessionIdleTimeout);
        CommandExecutor executor(*database.value(), m_clock, changes, audit, m_hasher, sessions, m_registry);
        {
            std::lock_guard lock(m_mutex);
            m_started = true;
        }
        m_wake.notify_all();

        for (;;) {
            std::deque<Job> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || (!m_held && !m_queue.empty()); });
                if (m_stopping)
                    break;
                const auto count = std::min<std::size_t>(m_queue.size(), std::size_t(m_settings.maxBatch));
                std::move(m_queue.begin(), m_queue.begin() + std::ptrdiff_t(count),
                          std::back_inserter(batch));
                m_queue.erase(m_queue.begin(), m_queue.begin() + std::ptrdiff_t(count));
            }
            std::vector<Finished> finished = writeBatch(executor, *database.value(), std::move(batch));
            // Answered on the owner's thread; Qt drops the call if the writer is gone by then.
            QMetaObject::invokeMethod(
                this,
                [finished = std::move(finished)] {
                    for (const Finished &f : finished)
                        f.done(f.outcome);
                },
                Qt::QueuedConnection);
        }
    }
    database.value().reset();
}

std::vector<CommandWriter::Finished> CommandWriter::writeBatch(CommandExecutor &executor, Database &database,
                                                               std::deque<Job> jobs)
{
    std::vector<Finished> finished;
    finished.reserve(jobs.size());
    TransactionGuard transaction(database.sql());
    if (Status begun = transaction.begin(); !begun) {
        for (Job &job : jobs)
            finished.push_back({std::move(job.done), begun.error()});
        return finished;
    }
    for (Job &job : jobs) {
        auto outcome = executor.applyInTransaction(job.actor, job.commandId, job.name, job.args,
                                                   job.sessionToken, job.prepared ? &*job.prepared : nullptr);
        finished.push_back({std::move(job.done), std::move(outcome)});
    }
    if (crashBeforeCommit()) {
        qWarning() << "fault injection: exiting after writing a batch of" << finished.size()
                   << "command(s), before its COMMIT";
        ::_exit(70);
    }
    if (Status committed = transaction.commit(); !committed) {
        // Nothing of the batch was kept: what was applied is now refused, and its client's
        // retry (same command id) applies it afresh.
        for (Finished &f : finished) {
            if (f.outcome)
                f.outcome = committed.error();
        }
        return finished;
    }
    {
        std::lock_guard lock(m_mutex);
        ++m_batches;
    }
    return finished;
}

} // namespace gridsafe
