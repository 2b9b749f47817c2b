#pragma once
// Splits CSV text (RFC 4180: commas, double-quoted fields with "" for a quote, CRLF or LF
// line ends) into rows of fields. Small by design: the region list and, later, other
// imports that come as CSV.

#include <QList>
#include <QString>
#include <QStringList>

namespace gridsafe {

class CsvReader
{
public:
    // Rows in order; a field's surrounding white space is kept (callers trim). An
    // unterminated quote ends at the end of the text.
    static QList<QStringList> parse(const QString &text);
};

} // namespace gridsafe
