#pragma once
// How every table shows a row with changes still in the outbox (待同步): amber italic text
// and a tooltip listing what waits. And how timestamps (UTC ISO text) read: local time.

#include <QString>
#include <QStringList>
#include <QVariant>

namespace gridsafe {

class PendingRowStyle
{
public:
    // The value for `role` of a row with these queued changes; invalid when the role is not
    // one this style sets (or nothing is queued), so the model answers as usual.
    static QVariant data(int role, const QStringList &pendingChanges);
    // "2026-11-29 14:31" in local time; the text itself when it is not a timestamp.
    static QString localTime(const QString &isoUtc);
};

} // namespace gridsafe
