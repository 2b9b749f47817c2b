#pragma once
// The one writer of commands (group commit). Connections hand it their commands; on its
// own thread and database connection it applies whatever has queued up as one batch, each
// command under its own savepoint so that a refused one is undone alone, and makes the batch
// durable with one COMMIT: one fsync for many offices' commands. Only then are the outcomes
// handed back, on the thread that owns the writer, so nothing is acknowledged before it is
// durable. The network thread meanwhile goes on reading, decrypting and answering pulls.

#include "accounts/PreparedPasswords.h"
#include "commands/CommandExecutor.h"
#include "domain/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCborMap>
#include <QObject>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

class QThread;

namespace gridsafe {

class CommandRegistry;
class Database;
class PasswordHasher;

class CommandWriter : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString databasePath;
        std::chrono::seconds sessionIdleTimeout{60 * 60};
        // Most commands in one transaction. 1 makes a commit per command: what the server
        // did before group commit, kept to measure the difference (gridsafe-server
        // --commit-batch).
        int maxBatch = 256;
    };
    using Completion = std::function<void(const Result<CommandExecutor::Outcome> &)>;

    CommandWriter(Settings settings, const Clock &clock, const CommandRegistry &registry,
                  const PasswordHasher &hasher, QObject *parent = nullptr);
    // Lets the batch being written finish; commands still queued are dropped unanswered,
    // which their clients treat as a lost connection and resend.
    ~CommandWriter() override;

    // Opens the writer's own connection on its thread; false with the reason if it cannot.
    Status start();
    // Queues a command; `done` runs later on this object's thread, after the batch that
    // holds the command is committed (or with the refusal).
    void submit(const Actor &actor, const QString &commandId, const QString &name, const QCborMap &args,
                const QString &sessionToken, std::optional<PreparedPasswords> prepared, Completion done);

    // Batches committed so far (tests, the bench).
    qint64 batchesCommitted() const;
    // While held, commands queue but are not written; release() writes them, as batches of
    // up to maxBatch. Tests use it to make a batch of chosen commands.
    void hold();
    void release();
    int queuedCount() const;

private:
    struct Job
    {
        Actor actor;
        QString commandId;
        QString name;
        QCborMap args;
        QString sessionToken;
        std::optional<PreparedPasswords> prepared;
        Completion done;
    };
    struct Finished
    {
        Completion done;
        Result<CommandExecutor::Outcome> outcome;
    };

    void run();
    std::vector<Finished> writeBatch(CommandExecutor &executor, Database &database, std::deque<Job> jobs);

    const Settings m_settings;
    const Clock &m_clock;
    const CommandRegistry &m_registry;
    const PasswordHasher &m_hasher;
    QThread *m_thread = nullptr;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    bool m_held = false;
    bool m_started = false;
    std::optional<Error> m_startError;
    qint64 m_batches = 0;
};

} // namespace gridsafe
