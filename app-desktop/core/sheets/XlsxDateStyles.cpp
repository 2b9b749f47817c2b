#include "sheets/XlsxDateStyles.h"

#include <QHash>

namespace gridsafe {

Result<XlsxDateStyles> XlsxDateStyles::read(XmlPartReader &part)
{
    QHash<int, bool> customFormats; // numFmtId → is a date
    XlsxDateStyles styles;
    bool inCellXfs = false;
    while (part.readNext()) {
        if (part.isStart(QLatin1String("numFmt"))) {
            bool ok = false;
            const int id = part.attribute(QLatin1String("numFmtId")).toInt(&ok);
            if (ok)
                customFormats.insert(id, isDateFormatCode(part.attribute(QLatin1String("formatCode"))));
        } else if (part.isStart(QLatin1String("cellXfs"))) {
            inCellXfs = true;
        } else if (part.isEnd(QLatin1String("cellXfs"))) {
            inCellXfs = false;
        } else if (inCellXfs && part.isStart(QLatin1String("xf"))) {
            const int id = part.attribute(QLatin1String("numFmtId")).toInt();
            styles.m_dateStyles.append(customFormats.contains(id) ? customFormats.value(id)
                                                                  : isBuiltInDateFormat(id));
        }
    }
    if (part.error())
        return *part.error();
    return styles;
}

bool XlsxDateStyles::isBuiltInDateFormat(int numFmtId)
{
    // 14–22 and 45–47 everywhere; 27–36 and 50–58 are the East Asian built-ins that Chinese
    // Excel writes for yyyy"年"m"月"d"日" and the like, without spelling out their codes.
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36)
           || (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58);
}

bool XlsxDateStyles::isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            i = code.indexOf(u'"', i + 1);
            if (i < 0)
                return false;
        } else if (c == u'[') {
            i = code.indexOf(u']', i + 1);
            if (i < 0)
                return false;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, or the one that pads or fills
        } else {
            const char16_t lower = c.toLower().unicode();
            if (lower == u'y' || lower == u'm' || lower == u'd')
                return true;
        }
    }
    return false;
}

} // namespace gridsafe
