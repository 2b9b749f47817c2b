#pragma once
// Login sessions: 256-bit random tokens; only their SHA-256 is stored, so a copy of the
// database does not hand out live sessions. A session ends after an idle timeout.

#include "util/Clock.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <chrono>
#include <optional>

namespace gridsafe {

class SessionRepository
{
public:
    SessionRepository(QSqlDatabase db, const Clock &clock, std::chrono::seconds idleTimeout) :
        m_db(std::move(db)),
        m_clock(clock),
        m_idleTimeout(idleTimeout)
    {}

    std::chrono::seconds idleTimeout() const { return m_idleTimeout; }

    // Returns the token to hand to the client.
    Result<QString> create(qint64 userId);
    // The user of a live session, and marks it used; nullopt when unknown or idle too long.
    Result<std::optional<qint64>> resume(const QString &token);
    Status touch(const QString &token);
    Result<bool> isLive(const QString &token) const;
    Status end(const QString &token);
    Status endAllOf(qint64 userId);
    // Every session of the user but the one holding `token` (a password changed by its owner).
    Status endAllOfExcept(qint64 userId, const QString &token);
    Status removeExpired();

private:
    static QByteArray tokenHash(const QString &token);
    qint64 nowMs() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    std::chrono::seconds m_idleTimeout;
};

} // namespace gridsafe
