#pragma once
// 审计日志 — append-only, hash-chained: each entry's hash covers the previous hash and its
// own fields, so an edited or removed entry breaks the chain at that point. A trigger keeps
// the newest entry's id and hash in audit_head, so cutting entries off the end shows too.

#include "sql/PreparedStatement.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

struct AuditEntry
{
    std::optional<qint64> userId;
    QString action; // command name or "auth.login", "auth.loginFailed", ...
    QString commandId;
    QString entity;
    std::optional<qint64> entityId;
    QJsonObject detail;
};

struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBrokenId = 0; // or, when entries were cut off the end, the first one missing
    QString headHash;         // the newest entry's hash: worth writing down outside the server
};

class AuditLog
{
public:
    AuditLog(QSqlDatabase db, const Clock &clock);

    // Inside the caller's transaction (a command's), so the entry commits with its change.
    Status append(const AuditEntry &entry);
    // In a write transaction of its own: for events that change nothing else (logins), so
    // two writers (the server and the console) cannot take the same position.
    Status appendAlone(const AuditEntry &entry);
    Result<AuditVerification> verify() const;

    static QString genesisHash();
    // The same JSON with every value under a key that names a password replaced, at any depth.
    static QJsonObject redacted(const QJsonObject &json);
    // Text as it can be stored and read back unchanged: noncharacters (U+FFFE, U+FFFF, ...)
    // and lone surrogates become U+FFFD, so the hash covers exactly what the log holds.
    static QString storable(const QString &text);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
    // Run for every command: prepared once.
    PreparedStatement m_last;
    PreparedStatement m_insert;
};

} // namespace gridsafe
