#pragma once
// Calendar dates as the towns use them (training days, certificate validity, contract
// periods): ISO "yyyy-MM-dd" on the wire, the day in China (UTC+8) for "today".

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gridsafe {

std::optional<QDate> parseCivilDate(const QString &text);
QString civilDateText(const QDate &date);
// The date in China (UTC+8, no daylight saving) at the instant `now`.
QDate chinaDate(const QDateTime &now);
// The date in China now, as the server judges "not in the future".
QDate chinaToday();
// A date a user typed: `what` names the field in the error ("training date").
Result<QDate> checkCivilDate(const QString &text, const QString &what);

} // namespace gridsafe
