#include "regions/CsvReader.h"

namespace gridsafe {

QList<QStringList> CsvReader::parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool rowHasContent = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            quoted = true;
            rowHasContent = true;
        } else if (ch == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            rowHasContent = true;
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (rowHasContent || !field.isEmpty()) {
                row.append(field);
                rows.append(row);
            } else {
                rows.append(QStringList()); // an empty line keeps its row number
            }
            row.clear();
            field.clear();
            rowHasContent = false;
        } else {
            field += ch;
            rowHasContent = true;
        }
    }
    if (rowHasContent || !field.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace gridsafe
