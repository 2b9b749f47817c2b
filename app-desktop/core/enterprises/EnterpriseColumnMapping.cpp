#include "core/enterprises/EnterpriseColumnMapping.h"

#include "domain/EnterpriseImportFields.h"

#include <QCoreApplication>

namespace gridsafe {

namespace {

// Rows searched for the header: a title line or two, a blank row, a note on how to fill in.
constexpr int kHeaderSearchRows = 10;

int matchedTitles(const QStringList &titles)
{
    int matched = 0;
    for (const QString &title : titles) {
        if (matchEnterpriseImportHeader(title))
            ++matched;
    }
    return matched;
}

} // namespace

EnterpriseColumnMapping EnterpriseColumnMapping::forSheet(const SheetData &sheet)
{
    int best = 0;
    int bestMatched = 0;
    for (int row = 0; row < std::min<qsizetype>(kHeaderSearchRows, sheet.rows.size()); ++row) {
        const int matched = matchedTitles(sheet.rows.at(row));
        if (matched > bestMatched) {
            best = row;
            bestMatched = matched;
        }
    }
    return fromHeader(sheet.rows.value(best), best);
}

EnterpriseColumnMapping EnterpriseColumnMapping::fromHeader(const QStringList &titles, int headerRow)
{
    EnterpriseColumnMapping mapping;
    mapping.m_headerRow = headerRow;
    for (const QString &title : titles)
        mapping.m_titles.append(title.simplified());
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const std::optional<QString> field = matchEnterpriseImportHeader(mapping.m_titles.at(column));
        if (!field) {
            mapping.m_fields.append(QString());
            continue;
        }
        if (const int first = mapping.columnOf(*field); first >= 0) {
            // Two columns for one field: which one is right, only the user knows.
            mapping.m_notes.append(
                QCoreApplication::translate("EnterpriseColumnMapping",
                                            "Column %1 (%2) is also titled as \"%3\", which column %4 "
                                            "already feeds; it is not imported unless you choose so.")
                    .arg(columnName(column), mapping.m_titles.at(column), enterpriseImportFieldLabel(*field),
                         columnName(first)));
            mapping.m_fields.append(QString());
            continue;
        }
        mapping.m_fields.append(*field);
    }
    return mapping;
}

QString EnterpriseColumnMapping::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

Status EnterpriseColumnMapping::setField(int column, const QString &field)
{
    if (column < 0 || column >= columnCount())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("EnterpriseColumnMapping", "The sheet has no column %1.")
                             .arg(columnName(std::max(column, 0))));
    if (!field.isEmpty() && !enterpriseImportFields().contains(field))
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("EnterpriseColumnMapping",
                                                                         "\"%1\" is not an import field.")
                                                 .arg(field));
    if (!field.isEmpty()) {
        for (QString &other : m_fields) {
            if (other == field)
                other.clear();
        }
    }
    m_fields[column] = field;
    return success();
}

int EnterpriseColumnMapping::findColumn(const QString &title) const
{
    const QString wanted = title.simplified();
    if (const int found = int(m_titles.indexOf(wanted)); found >= 0)
        return found;
    for (int column = 0; column < columnCount(); ++column) {
        if (columnName(column).compare(wanted, Qt::CaseInsensitive) == 0)
            return column;
    }
    return -1;
}

QStringList EnterpriseColumnMapping::missingRequired() const
{
    QStringList missing;
    for (const QString &field : requiredEnterpriseImportFields()) {
        if (!m_fields.contains(field))
            missing.append(field);
    }
    return missing;
}

QList<QCborMap> EnterpriseColumnMapping::rowsFor(const SheetData &sheet) const
{
    QList<QCborMap> rows;
    rows.reserve(std::max<qsizetype>(0, sheet.rows.size() - m_headerRow - 1));
    for (qsizetype index = m_headerRow + 1; index < sheet.rows.size(); ++index) {
        const QStringList &cells = sheet.rows.at(index);
        bool anything = false;
        QCborMap mapped;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const QString text = cells.at(column).trimmed();
            if (text.isEmpty())
                continue;
            anything = true;
            const QString field = m_fields.value(column);
            if (!field.isEmpty())
                mapped.insert(field, text);
        }
        if (!anything)
            continue;
        rows.append(QCborMap{{QStringLiteral("row"), index + 1}, {QStringLiteral("cells"), mapped}});
    }
    return rows;
}

QStringList EnterpriseColumnMapping::samples(const SheetData &sheet, int column, int count) const
{
    // A column empty at the top is shown empty rather than searched to the end of a long sheet.
    const qsizetype end = std::min<qsizetype>(sheet.rows.size(), m_headerRow + 1 + 200);
    QStringList found;
    for (qsizetype index = m_headerRow + 1; index < end && found.size() < count; ++index) {
        const QString text = sheet.cell(index, column).simplified();
        if (!text.isEmpty())
            found.append(text);
    }
    return found;
}

} // namespace gridsafe
