#pragma once
// How a number or a date a workbook stores is shown as text: the way a person reads it in Excel,
// not the way C++ prints a double.

#include <QString>

namespace gridsafe {

class ExcelValueText
{
public:
    // Integers without ".0" or exponent (12345678901234 → "12345678901234"), others in the
    // shortest text that reads back to the same double (0.1 → "0.1"), never with an exponent
    // below 1e21.
    static QString number(double value);
    // The same, rounded to the 15 significant digits Excel keeps, for writing: a computed
    // 119.9 + 0.0001 shows as "119.9001", not "119.90010000000001".
    static QString roundedNumber(double value);
    // A date serial (days since Excel's epoch, the time of day ignored) as yyyy-MM-dd, or an
    // empty string when it is no date Excel would show.
    static QString serialDate(double serial, bool date1904);
};

} // namespace gridsafe
