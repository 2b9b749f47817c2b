#pragma once
// The import dialog's column page: each column of the file with its title and first values,
// and what it feeds (不导入 or a field, by its name), as the titles suggested; the required
// fields no column feeds are named in red. A field is fed by one column: choosing it for a
// second column takes it from the first.

#include "core/enterprises/EnterpriseColumnMapping.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace gridsafe {

class EnterpriseImportMappingPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { Letter, Title, Sample, Field, ColumnCount };

    explicit EnterpriseImportMappingPage(QWidget *parent = nullptr);

    // Shows the sheet's columns, matched by their titles.
    void setSheet(const SheetData &sheet);
    const EnterpriseColumnMapping &mapping() const { return m_mapping; }
    bool isComplete() const { return m_mapping.missingRequired().isEmpty(); }
    // A word in red under the table (offline, a failed start); empty hides it.
    void setMessage(const QString &message);
    // The choice for the file's column (tests drive it as a user would).
    QComboBox *fieldCombo(int column) const;

Q_SIGNALS:
    void mappingChanged();

private:
    void choose(int column, int comboIndex);
    void showMapping();
    void scrollToFocused(QWidget *now);

    QTableWidget *m_table;
    QLabel *m_missingLabel;
    QLabel *m_notesLabel;
    QLabel *m_messageLabel;
    EnterpriseColumnMapping m_mapping;
    QStringList m_fields; // the combos' items after 不导入, in order
};

} // namespace gridsafe
