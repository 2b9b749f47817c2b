#pragma once
// Which column of the user's sheet feeds which import field (EnterpriseImportFields.h): found
// by the columns' titles, changed by hand in the import dialog or with the CLI's --map, and
// used to turn the sheet's rows into the rows an import uploads. Town sheets often start with
// a title line ("遥观镇工贸企业名录") above the real header, so the header is the row among the
// first few whose titles match the most fields.

#include "sheets/SheetData.h"
#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QStringList>

namespace gridsafe {

class EnterpriseColumnMapping
{
public:
    EnterpriseColumnMapping() = default;
    // Finds the header row of `sheet` and maps each column whose title names a field.
    static EnterpriseColumnMapping forSheet(const SheetData &sheet);
    // Maps the titles of one header row (row `headerRow` of its sheet, 0-based).
    static EnterpriseColumnMapping fromHeader(const QStringList &titles, int headerRow = 0);

    int headerRow() const { return m_headerRow; }
    int columnCount() const { return int(m_titles.size()); }
    QString title(int column) const { return m_titles.value(column); }
    // "A", "B", … as Excel names the column.
    static QString columnName(int column);
    // The field the column feeds; empty when it is not imported.
    QString field(int column) const { return m_fields.value(column); }
    // The column feeding `field`, or -1.
    int columnOf(const QString &field) const { return int(m_fields.indexOf(field)); }
    // Sets what a column feeds (empty: nothing). A field is fed by one column, so a column
    // that fed it before stops. Unknown fields are refused.
    Status setField(int column, const QString &field);
    // The column titled `title` (or named by its letter, "C"), for --map; -1 when none is.
    int findColumn(const QString &title) const;

    // Required fields (requiredEnterpriseImportFields) that no column feeds.
    QStringList missingRequired() const;
    // What the automatic match left out, for the user: a second column matching a field
    // already taken.
    const QStringList &notes() const { return m_notes; }

    // The rows below the header as an import uploads them: {row: the row's number in the
    // file, cells: {field: trimmed text}}, only mapped, non-empty cells; rows with nothing
    // in any column are skipped.
    QList<QCborMap> rowsFor(const SheetData &sheet) const;
    // The first non-empty values under a column, for showing what it holds.
    QStringList samples(const SheetData &sheet, int column, int count = 2) const;

private:
    int m_headerRow = 0;
    QStringList m_titles;
    QStringList m_fields; // per column; empty: not imported
    QStringList m_notes;
};

} // namespace gridsafe
