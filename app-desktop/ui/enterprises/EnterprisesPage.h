#pragma once
// 企业 — the enterprise register: a search and filters over every enterprise the user sees
// (their town's, or the district's), the table sorted by any column, counts of what is shown
// and of enterprises no grid covers, and the register's actions: export of what is shown to
// .xlsx or .csv, and (wired by the window) new, edit, supervision, risk report, history and
// import.

#include "core/enterprises/EnterpriseExporter.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace gridsafe {

class ClientSession;
class EnterpriseFilterBar;
class EnterpriseTableModel;

class EnterprisesPage : public QWidget
{
    Q_OBJECT

public:
    explicit EnterprisesPage(ClientSession &session, QWidget *parent = nullptr);

    EnterpriseTableModel &enterpriseModel() const { return *m_model; }
    EnterpriseFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    QList<qint64> selectedIds() const;
    std::optional<qint64> currentId() const;
    // Selects the enterprise's row (filters cleared if they hid it) and focuses the table.
    void showEnterprise(qint64 enterpriseId);
    // Writes the rows shown, in their order, off the window's thread; `exported` or
    // `exportFailed` follows. A progress dialog can stop it.
    void startExport(const QString &path, EnterpriseExporter::Format format);
    // A button for the selected enterprises (edit, supervision, …), in the row under the table.
    void addActionButton(QPushButton *button);
    // A button about the register as a whole (import), beside Export at the top.
    void addHeadingButton(QPushButton *button);

Q_SIGNALS:
    void selectionChanged();
    void activated(qint64 enterpriseId); // double click or Enter on a row
    void exported(const QString &path, int rows);
    void exportFailed(const QString &message);

private:
    void chooseExportFile();
    void updateCounts();
    void keepSelection();
    void restoreSelection();

    ClientSession &m_session;
    EnterpriseTableModel *m_model = nullptr;
    EnterpriseFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_counts = nullptr;
    QWidget *m_buttons = nullptr;
    QHBoxLayout *m_headingButtons = nullptr;
    QPushButton *m_export = nullptr;
    QList<qint64> m_keptSelection;
    std::optional<qint64> m_keptCurrent;
    std::optional<qint64> m_showWhenLoaded; // asked for while the register was loading
    bool m_exporting = false;
};

} // namespace gridsafe
