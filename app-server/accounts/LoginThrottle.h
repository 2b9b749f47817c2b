#pragma once
// Slows down password guessing. Failures are counted per (user name, address) pair, per
// address, and per user name across all addresses with a much higher threshold: six
// guesses from one address lock that address out of that account, not the account's
// owner working elsewhere. Past a threshold each further attempt must wait, the wait
// doubling up to a ceiling. Checks still running count against the threshold, so parallel
// guesses cannot slip through while the slow hash runs; an attempt that would only exceed
// it because of those is deferred until they end, never refused as a failure. Each
// address has one check running at a time, so one stranger cannot hold every hashing
// thread. Kept in memory with a bounded number of entries: a restart forgives.

#include "util/Clock.h"

#include <QHash>
#include <QString>

#include <chrono>

namespace gridsafe {

class LoginThrottle
{
public:
    struct Policy
    {
        int freeFailuresPerPair = 5;
        int freeFailuresPerAddress = 20;
        int freeFailuresPerName = 100;
        int checksPerAddress = 1;
        std::chrono::seconds firstLock{30};
        std::chrono::seconds maxLock{15 * 60};
        std::chrono::seconds forgetAfter{30 * 60};
        // Entries per table; the least recently failed ones go first past this.
        int maxEntries = 10000;
    };

    struct Decision
    {
        enum class Kind { Allowed, Deferred, Locked } kind = Kind::Allowed;
        qint64 waitSeconds = 0; // for Locked
    };

    explicit LoginThrottle(const Clock &clock) : LoginThrottle(clock, Policy{}) {}
    LoginThrottle(const Clock &clock, Policy policy) : m_clock(clock), m_policy(policy) {}

    // Allowed means the check may run now and is counted as running until finish().
    // `username` is the normalised name (at most 32 characters; see normalizeUsername).
    Decision admit(const QString &username, const QString &address);
    void finish(const QString &username, const QString &address, bool succeeded);
    // The check could not run (the server failed): neither a failure nor a success.
    void cancel(const QString &username, const QString &address);

    qsizetype entryCount() const { return m_byPair.size() + m_byAddress.size() + m_byName.size(); }

private:
    struct Entry
    {
        int failures = 0;
        int running = 0;
        QDateTime lastFailure;
        QDateTime lockedUntil;
    };
    using Table = QHash<QString, Entry>;

    qint64 waitFor(const Table &table, const QString &key) const;
    bool busy(const Table &table, const QString &key, int freeFailures) const;
    void fail(Table &table, const QString &key, int freeFailures);
    void release(Table &table, const QString &key);
    void prune(Table &table);
    static QString pairKey(const QString &username, const QString &address);

    const Clock &m_clock;
    Policy m_policy;
    Table m_byPair;
    Table m_byAddress;
    Table m_byName;
};

} // namespace gridsafe
