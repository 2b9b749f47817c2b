#pragma once
// 审计日志 — append-only, hash-chained: each entry's hash covers the previous hash and its
// own fields, so an edited or removed entry breaks the chain at that point.

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
    qint64 firstBrokenId = 0;
};

class AuditLog
{
public:
    AuditLog(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

    // Inside the caller's transaction (a command's), so the entry commits with its change.
    Status append(const AuditEntry &entry);
    // In a write transaction of its own: for events that change nothing else (logins), so
    // two writers (the server and the console) cannot take the same position.
    Status appendAlone(const AuditEntry &entry);
    Result<AuditVerification> verify() const;

    static QString genesisHash();

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace gridsafe
