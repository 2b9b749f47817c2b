#pragma once
// 网格划分备案 — a town's division filings: the town submits its division, the district files
// or returns it, and everyone sees the history with each snapshot as it was submitted. Town
// operators see their own town; reviewers and administrators every town, and may keep to the
// filings still waiting for a decision. Live: a decision or a new submission shows as the
// replica receives it.

#include "domain/Filing.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace gridsafe {

class ChineseSortProxy;
class ClientSession;
class FilingSnapshotView;
class FilingTableModel;
struct OutboxEntry;
class TownChooser;

class FilingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FilingsPage(ClientSession &session, QWidget *parent = nullptr);

    FilingTableModel &filingModel() const { return *m_filings; }
    // Shows the town's filings (reviewers: among all towns), its latest selected.
    void showTown(qint64 townId);
    // Reopens a filing command the server refused in its dialog; false for other commands.
    bool reopenRefused(const OutboxEntry &refused);

private:
    void onTownChosen();
    void keepSelection();
    void restoreSelection();
    void updateState();
    std::optional<Filing> selectedFiling() const;
    std::optional<qint64> chosenTown() const;
    void submitFiling();
    void decide(bool file);
    void printForm();

    ClientSession &m_session;
    FilingTableModel *m_filings;
    ChineseSortProxy *m_sorted;
    TownChooser *m_townBox;
    QCheckBox *m_awaitingOnly;
    QLabel *m_stateLabel;
    QPushButton *m_submitButton;
    QPushButton *m_fileButton;
    QPushButton *m_returnButton;
    QPushButton *m_printButton;
    QTableView *m_table;
    FilingSnapshotView *m_snapshot;
    std::optional<qint64> m_keptFiling;
};

} // namespace gridsafe
