#pragma once
// Runs one domain command: id check (a retry is answered with the stored result), role
// check, then the handler inside one transaction together with the idempotency record, the
// audit entry and the change feed rows. Either all of that commits or none of it.

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
