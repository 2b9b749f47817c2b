#pragma once
// Runs one domain command: id check (a retry is answered with the stored result), role
// check, then the handler together with the idempotency record, the audit entry and the
// change feed rows. Either all of that is kept or none of it: in a transaction of its own
// (execute), or under a savepoint in a batch's transaction (applyInTransaction, used by the
// CommandWriter).

#include "commands/CommandRegistry.h"
#include "domain/Actor.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCborMap>
#include <QSet>

namespace gridsafe {

class AuditLog;
class ChangeFeed;
class Database;
class PasswordHasher;
class SessionRepository;
struct PreparedPasswords;

class CommandExecutor
{
public:
    struct Outcome
    {
        QCborMap result;
        bool replayed = false;
        QSet<qint64> touchedScopes;
        QList<qint64> usersToDisconnect;
        qint64 head = 0;
    };

    CommandExecutor(Database &database, const Clock &clock, ChangeFeed &changes, AuditLog &audit,
                    const PasswordHasher &hasher, SessionRepository &sessions,
                    const CommandRegistry &registry);

    Result<Outcome> execute(const Actor &actor, const QString &commandId, const QString &name,
                            const QCborMap &args, const QString &sessionToken = {});
    // The caller has begun a write transaction; a refused command leaves it as it was.
    Result<Outcome> applyInTransaction(const Actor &actor, const QString &commandId, const QString &name,
                                       const QCborMap &args, const QString &sessionToken = {},
                                       const PreparedPasswords *prepared = nullptr);
    // What needs no database: the id's shape, a known command, the actor's role.
    Status check(const Actor &actor, const QString &commandId, const QString &name) const;

    static bool isValidCommandId(const QString &commandId);

private:
    Database &m_database;
    const Clock &m_clock;
    ChangeFeed &m_changes;
    AuditLog &m_audit;
    const PasswordHasher &m_hasher;
    SessionRepository &m_sessions;
    const CommandRegistry &m_registry;
};

} // namespace gridsafe
