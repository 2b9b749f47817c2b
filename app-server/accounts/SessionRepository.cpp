#include "accounts/SessionRepository.h"

#include "sql/SqlRunner.h"

#include <QCryptographicHash>
#include <QVariant>

#include <sodium.h>

namespace gridsafe {

QByteArray SessionRepository::tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

qint64 SessionRepository::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

Result<QString> SessionRepository::create(qint64 userId)
{
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    const QString token =
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const qint64 now = nowMs();
    Status stored = execSql(m_db,
                            QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, "
                                           "last_seen_at) VALUES (:hash, :user, :now, :now)"),
                            {{QStringLiteral("hash"), tokenHash(token)},
                             {QStringLiteral("user"), userId},
                             {QStringLiteral("now"), now}});
    if (!stored)
        return stored.error();
    return token;
}

Result<std::optional<qint64>> SessionRepository::resume(const QString &token)
{
    auto row =
        runSql(m_db, QStringLiteral("SELECT user_id, last_seen_at FROM sessions WHERE token_hash = :hash"),
               {{QStringLiteral("hash"), tokenHash(token)}});
    if (!row)
        return row.error();
    if (!row.value().next())
        return std::optional<qint64>();
    const qint64 userId = row.value().value(0).toLongLong();
    const qint64 lastSeen = row.value().value(1).toLongLong();
    if (nowMs() - lastSeen > qint64(m_idleTimeout.count()) * 1000) {
        if (Status ended = end(token); !ended)
            return ended.error();
        return std::optional<qint64>();
    }
    if (Status touched = touch(token); !touched)
        return touched.error();
    return std::optional<qint64>(userId);
}

Status SessionRepository::touch(const QString &token)
{
    // At most one durable write a minute per session: a sync of many pages is not slowed by
    // a write per page, and the idle timeout is minutes long anyway.
    return execSql(m_db,
                   QStringLiteral("UPDATE sessions SET last_seen_at = :now WHERE token_hash = :hash "
                                  "AND last_seen_at <= :now - 60000"),
                   {{QStringLiteral("hash"), tokenHash(token)}, {QStringLiteral("now"), nowMs()}});
}

Result<bool> SessionRepository::isLive(const QString &token) const
{
    auto lastSeen =
        scalarSql(m_db, QStringLiteral("SELECT last_seen_at FROM sessions WHERE token_hash = :hash"),
                  {{QStringLiteral("hash"), tokenHash(token)}});
    if (!lastSeen)
        return lastSeen.error();
    if (!lastSeen.value().isValid())
        return false;
    return nowMs() - lastSeen.value().toLongLong() <= qint64(m_idleTimeout.count()) * 1000;
}

Status SessionRepository::end(const QString &token)
{
    return execSql(m_db, QStringLiteral("DELETE FROM sessions WHERE token_hash = :hash"),
                   {{QStringLiteral("hash"), tokenHash(token)}});
}

Status SessionRepository::endAllOf(qint64 userId)
{
    return execSql(m_db, QStringLiteral("DELETE FROM sessions WHERE user_id = :user"),
                   {{QStringLiteral("user"), userId}});
}

Status SessionRepository::endAllOfExcept(qint64 userId, const QString &token)
{
    return execSql(m_db, QStringLiteral("DELETE FROM sessions WHERE user_id = :user AND token_hash <> :hash"),
                   {{QStringLiteral("user"), userId}, {QStringLiteral("hash"), tokenHash(token)}});
}

Status SessionRepository::removeExpired()
{
    return execSql(m_db, QStringLiteral("DELETE FROM sessions WHERE last_seen_at < :cutoff"),
                   {{QStringLiteral("cutoff"), nowMs() - qint64(m_idleTimeout.count()) * 1000}});
}

} // namespace gridsafe
