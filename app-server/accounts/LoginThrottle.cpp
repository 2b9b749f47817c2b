#include "accounts/LoginThrottle.h"

#include <algorithm>
#include <vector>

namespace gridsafe {

QString LoginThrottle::pairKey(const QString &username, const QString &address)
{
    return username + QLatin1Char('\n') + address;
}

qint64 LoginThrottle::waitFor(const Table &table, const QString &key) const
{
    const auto it = table.constFind(key);
    if (it == table.cend() || !it->lockedUntil.isValid())
        return 0;
    const qint64 ms = m_clock.now().msecsTo(it->lockedUntil);
    return ms > 0 ? (ms + 999) / 1000 : 0;
}

bool LoginThrottle::busy(const Table &table, const QString &key, int freeFailures) const
{
    const auto it = table.constFind(key);
    if (it == table.cend())
        return false;
    const bool forgotten = it->lastFailure.isValid()
                           && it->lastFailure.secsTo(m_clock.now()) > qint64(m_policy.forgetAfter.count());
    // Running checks matter only while they could still lock this key before our turn.
    return it->running > 0 && (forgotten ? 0 : it->failures) + it->running > freeFailures;
}

LoginThrottle::Decision LoginThrottle::admit(const QString &username, const QString &address)
{
    const QString pair = pairKey(username, address);
    const qint64 wait =
        std::max({waitFor(m_byPair, pair), waitFor(m_byAddress, address), waitFor(m_byName, username)});
    if (wait > 0)
        return {Decision::Kind::Locked, wait};
    const auto addressEntry = m_byAddress.constFind(address);
    const bool addressBusy =
        addressEntry != m_byAddress.cend() && addressEntry->running >= m_policy.checksPerAddress;
    if (addressBusy || busy(m_byPair, pair, m_policy.freeFailuresPerPair)
        || busy(m_byAddress, address, m_policy.freeFailuresPerAddress)
        || busy(m_byName, username, m_policy.freeFailuresPerName))
        return {Decision::Kind::Deferred, 0};
    for (Table *table : {&m_byPair, &m_byAddress, &m_byName})
        prune(*table);
    ++m_byPair[pair].running;
    ++m_byAddress[address].running;
    ++m_byName[username].running;
    return {};
}

void LoginThrottle::finish(const QString &username, const QString &address, bool succeeded)
{
    cancel(username, address); // no longer running
    const QString pair = pairKey(username, address);
    if (succeeded) {
        m_byPair.remove(pair);
        return;
    }
    fail(m_byPair, pair, m_policy.freeFailuresPerPair);
    fail(m_byAddress, address, m_policy.freeFailuresPerAddress);
    fail(m_byName, username, m_policy.freeFailuresPerName);
}

void LoginThrottle::cancel(const QString &username, const QString &address)
{
    release(m_byPair, pairKey(username, address));
    release(m_byAddress, address);
    release(m_byName, username);
}

void LoginThrottle::release(Table &table, const QString &key)
{
    const auto it = table.find(key);
    if (it == table.end())
        return;
    it->running = std::max(0, it->running - 1);
    if (it->running == 0 && it->failures == 0)
        table.erase(it);
}

void LoginThrottle::fail(Table &table, const QString &key, int freeFailures)
{
    const QDateTime now = m_clock.now();
    Entry &entry = table[key];
    if (entry.lastFailure.isValid() && entry.lastFailure.secsTo(now) > qint64(m_policy.forgetAfter.count()))
        entry.failures = 0;
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

void LoginThrottle::prune(Table &table)
{
    if (table.size() < m_policy.maxEntries)
        return;
    const QDateTime now = m_clock.now();
    const qint64 forget = qint64(m_policy.forgetAfter.count());
    // First what no longer matters: nothing running, lock over, failures forgotten.
    table.removeIf([&](const Table::iterator &it) {
        const bool locked = it->lockedUntil.isValid() && it->lockedUntil > now;
        return it->running == 0 && !locked && it->lastFailure.isValid()
               && it->lastFailure.secsTo(now) > forget;
    });
    if (table.size() < m_policy.maxEntries)
        return;
    // Still full: drop the quarter that failed longest ago (never one that is running).
    std::vector<std::pair<QDateTime, QString>> idle;
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        if (it->running == 0)
            idle.emplace_back(it->lastFailure, it.key());
    const auto drop = std::min<std::size_t>(idle.size(), std::size_t(m_policy.maxEntries / 4 + 1));
    std::partial_sort(idle.begin(), idle.begin() + qsizetype(drop), idle.end());
    for (std::size_t i = 0; i < drop; ++i)
        table.remove(idle[i].second);
}

} // namespace gridsafe
