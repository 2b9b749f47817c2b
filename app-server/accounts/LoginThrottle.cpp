#include "accounts/LoginThrottle.h"

#include <algorithm>

namespace gridsafe {

qint64 LoginThrottle::waitFor(const QHash<QString, Entry> &table, const QString &key) const
{
    const auto it = table.constFind(key);
    if (it == table.cend() || !it->lockedUntil.isValid())
        return 0;
    const qint64 ms = m_clock.now().msecsTo(it->lockedUntil);
    return ms > 0 ? (ms + 999) / 1000 : 0;
}

qint64 LoginThrottle::secondsUntilAllowed(const QString &username, const QString &address) const
{
    return std::max(waitFor(m_byName, username.toLower()), waitFor(m_byAddress, address));
}

void LoginThrottle::fail(QHash<QString, Entry> &table, const QString &key, int freeFailures)
{
    const QDateTime now = m_clock.now();
    Entry &entry = table[key];
    if (entry.lastFailure.isValid() && entry.lastFailure.secsTo(now) > qint64(m_policy.forgetAfter.count()))
        entry = Entry{};
    ++entry.failures;
    entry.lastFailure = now;
    const int over = entry.failures - freeFailures;
    if (over > 0) {
        // 30 s, 60 s, 120 s, ... capped.
        const qint64 lock = std::min<qint64>(qint64(m_policy.maxLock.count()),
                                             qint64(m_policy.firstLock.count()) << std::min(over - 1, 20));
        entry.lockedUntil = now.addSecs(lock);
    }
}

void LoginThrottle::recordAttempt(const QString &username, const QString &address)
{
    fail(m_byName, username.toLower(), m_policy.freeFailuresPerName);
    fail(m_byAddress, address, m_policy.freeFailuresPerAddress);
}

void LoginThrottle::recordSuccess(const QString &username, const QString &address)
{
    m_byName.remove(username.toLower());
    const auto it = m_byAddress.find(address);
    if (it == m_byAddress.end())
        return;
    it->failures = std::max(0, it->failures - 1);
    if (it->failures <= m_policy.freeFailuresPerAddress)
        it->lockedUntil = QDateTime();
}

} // namespace gridsafe
