#pragma once
// A clock tests move by hand: idle timeouts and throttling without sleeping.

#include "util/Clock.h"

namespace gridsafe::test {

class FakeClock final : public Clock
{
public:
    FakeClock() : m_now(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)) {}
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace gridsafe::test
