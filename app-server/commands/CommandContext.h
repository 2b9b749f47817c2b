#pragma once
// What a command handler gets: the actor, the open transaction's database, and the
// services it may use. Handlers fill the outputs the executor acts on after commit.

#include "domain/Actor.h"
#include "domain/CivilDate.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace gridsafe {

class AuditLog;
class ChangeFeed;
class PasswordHasher;
class SessionRepository;
struct PreparedPasswords;

struct CommandContext
{
    const Actor &actor;
    QSqlDatabase db;
    const Clock &clock;
    ChangeFeed &changes;
    const PasswordHasher &hasher;
    SessionRepository &sessions;
    QString commandId;
    QString sessionToken; // of the connection that sent the command; empty from the console and tests
    // Password hashes made before the command reached the writer; null from the console and tests.
    const PreparedPasswords *prepared = nullptr;

    // Outputs.
    QSet<QString> argumentsRead; // filled by FieldReader; only these reach the audit log
    QString auditEntity;
    std::optional<qint64> auditEntityId;
    QJsonObject auditDetail; // added to the arguments read (e.g. an import's checksum instead of its rows)
    QList<qint64> usersToDisconnect; // their live connections are closed after commit

    QString nowText() const { return clock.now().toUTC().toString(Qt::ISODate); }
    // The date in China now, yyyy-MM-dd: assignments, certificates and filings go by it.
    QString todayText() const { return civilDateText(chinaDate(clock.now())); }
};

} // namespace gridsafe
