#pragma once
// Time source, passed in so tests can move time forward without sleeping.

#include <QDateTime>

namespace gridsafe {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace gridsafe
