#include "domain/CivilDate.h"

#include <QCoreApplication>

namespace gridsafe {

std::optional<QDate> parseCivilDate(const QString &text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.year() < 1990 || date.year() > 2199)
        return std::nullopt;
    return date;
}

QString civilDateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate chinaDate(const QDateTime &now)
{
    return now.toOffsetFromUtc(8 * 3600).date();
}

QDate chinaToday()
{
    return chinaDate(QDateTime::currentDateTimeUtc());
}

Result<QDate> checkCivilDate(const QString &text, const QString &what)
{
    if (const std::optional<QDate> date = parseCivilDate(text.trimmed()))
        return *date;
    return makeError(
        ErrorCode::Invalid,
        QCoreApplication::translate("CivilDate", "The %1 \"%2\" is not a date: write it as 2026-03-15.")
            .arg(what, text));
}

} // namespace gridsafe
