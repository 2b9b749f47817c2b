#pragma once
// Slows down password guessing. Failures are counted per user name (existing or not, so
// the answer never tells which) and per client address; past a threshold each further
// attempt must wait, the wait doubling up to a ceiling. Kept in memory: a restart forgives.

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
        int freeFailuresPerName = 5;
        int freeFailuresPerAddress = 20;
        std::chrono::seconds firstLock{30};
        std::chrono::seconds maxLock{15 * 60};
        std::chrono::seconds forgetAfter{30 * 60};
    };

    explicit LoginThrottle(const Clock &clock) : LoginThrottle(clock, Policy{}) {}
    LoginThrottle(const Clock &clock, Policy policy) : m_clock(clock), m_policy(policy) {}

    // Seconds to wait before this attempt may run; 0 when it may run now.
    qint64 secondsUntilAllowed(const QString &username, const QString &address) const;
    // Counts an attempt as failed before its password is checked, so parallel attempts on
    // several connections cannot all slip through while the slow hash runs.
    void recordAttempt(const QString &username, const QString &address);
    // The attempt succeeded after all: forgive the user name, and take back the count
    // recordAttempt() put on the address.
    void recordSuccess(const QString &username, const QString &address);

private:
    struct Entry
    {
        int failures = 0;
        QDateTime lastFailure;
        QDateTime lockedUntil;
    };

    qint64 waitFor(const QHash<QString, Entry> &table, const QString &key) const;
    void fail(QHash<QString, Entry> &table, const QString &key, int freeFailures);

    const Clock &m_clock;
    Policy m_policy;
    QHash<QString, Entry> m_byName;
    QHash<QString, Entry> m_byAddress;
};

} // namespace gridsafe
