#pragma once
// Which cell styles of a workbook show their number as a date (xl/styles.xml): a cell's `s`
// attribute indexes cellXfs, whose numFmtId is one of Excel's built-in date formats or a custom
// format whose code has a year, month or day in it. A workbook stores a date as a plain number;
// only its style says it is one.

#include "sheets/XmlPartReader.h"
#include "util/Result.h"

#include <QList>
#include <QStringView>

namespace gridsafe {

class XlsxDateStyles
{
public:
    static Result<XlsxDateStyles> read(XmlPartReader &part);

    bool isDate(int styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < m_dateStyles.size() && m_dateStyles.at(styleIndex);
    }

    static bool isBuiltInDateFormat(int numFmtId);
    // y, m or d outside quoted text, [brackets] (colours, locales, elapsed time) and escapes.
    static bool isDateFormatCode(QStringView code);

private:
    QList<bool> m_dateStyles;
};

} // namespace gridsafe
