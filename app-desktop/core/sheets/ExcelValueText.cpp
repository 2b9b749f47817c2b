#include "sheets/ExcelValueText.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace gridsafe {

QString ExcelValueText::number(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == 0)
        return QStringLiteral("0"); // also -0
    if (std::floor(value) == value && std::fabs(value) < 1e18)
        return QString::number(qint64(value));
    if (std::fabs(value) < 1e21)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString ExcelValueText::roundedNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    return number(QString::number(value, 'g', 15).toDouble());
}

QString ExcelValueText::serialDate(double serial, bool date1904)
{
    // Half a millisecond: Excel rounds a date-time to the millisecond before it shows it, so a
    // stored 45000.99999999999 is midnight of the next day.
    const double day = std::floor(serial + 0.5 / 86400000.0);
    if (!std::isfinite(serial) || day < (date1904 ? 0 : 1) || day > 2958465) // 9999-12-31
        return {};
    if (date1904)
        return QDate(1904, 1, 1).addDays(qint64(day)).toString(Qt::ISODate);
    // Excel's 1900 system counts 29 February 1900, which never was (Lotus 1-2-3's bug, kept for
    // compatibility): serial 60 is that day, as Excel shows it, and later serials are one ahead.
    if (day == 60)
        return QStringLiteral("1900-02-29");
    const QDate epoch = day < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    return epoch.addDays(qint64(day)).toString(Qt::ISODate);
}

} // namespace gridsafe
