#pragma once
// The filing form (网格划分备案表) of one filing as an A4 PDF for the town's paper archive:
// the filing's particulars, a table of its grids and inspectors, the district's decision
// and blank lines for the signatures and seals of the town and the district.

#include "domain/CivilDate.h"
#include "domain/Filing.h"
#include "ui/filings/FilingFormTable.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gridsafe {

class FilingFormCanvas;

class FilingFormWriter
{
    Q_DECLARE_TR_FUNCTIONS(FilingFormWriter)

public:
    // `printedOn` is printed in the footer. The snapshot is not trusted: what is missing or
    // of another type prints as empty.
    explicit FilingFormWriter(const Filing &filing,
                              QDate printedOn = chinaDate(QDateTime::currentDateTimeUtc()));

    // Writes the PDF to `path`, replacing a file there only once the PDF is complete.
    // Needs a QGuiApplication (fonts); any platform, offscreen included.
    Status write(const QString &path) const;

private:
    struct Field
    {
        QString label;
        QString value;
    };
    using FieldLine = QList<Field>; // one field across the table, or two side by side

    void render(FilingFormCanvas &canvas) const;
    void drawFields(FilingFormCanvas &canvas, const QList<FieldLine> &lines) const;
    void drawSignatures(FilingFormCanvas &canvas) const;
    QList<FieldLine> particulars() const;
    QList<FieldLine> decision() const;
    QString title() const;
    QString statusText() const;

    Filing m_filing;
    FilingFormTable m_table;
    QDate m_printedOn;
};

} // namespace gridsafe
