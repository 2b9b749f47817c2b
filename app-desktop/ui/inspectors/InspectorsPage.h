#pragma once
// 网格员 — the inspectors page: a town's inspectors (every town's for the district), with
// their grids, certificates and this year's training, who needs attention, and the actions
// the user's role allows (new, edit). A row of buttons is left for the training, exam and
// certificate dialogs (addToolButton).

#include "ui/inspectors/InspectorTableModel.h"

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace gridsafe {

class ChineseSortProxy;
class ClientSession;
class TownChooser;
class InspectorEditDialog;
struct OutboxEntry;

class InspectorsPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorsPage(ClientSession &session, QWidget *parent = nullptr);

    InspectorTableModel &inspectorModel() const { return *m_model; }
    // The town shown; none: every town the user sees (the district, for reviewers and admins).
    std::optional<qint64> town() const { return m_model->town(); }
    // The selected row, as shown (queued changes laid over).
    std::optional<ShownInspector> selectedInspector() const;
    // Reopens an inspector command the server refused in its dialog, with the user's values
    // and the reason; false when it is not an inspector command or its inspector is gone.
    bool reopenRefused(const OutboxEntry &refused);
    // New (Ctrl+N), Edit (F2; Enter or a double click on a row), Find (Ctrl+F): for the
    // window's menu.
    QList<QAction *> inspectorActions() const;
    // Selects the inspector's row (in their town, the search and filter cleared if they hid
    // it) and gives the table the focus.
    void showInspector(qint64 inspectorId);
    // Buttons for what is done with the selected inspector or the town (training, exams,
    // certificates), laid out after Edit; the page takes ownership.
    void addToolButton(QPushButton *button);
    // A button about the town as a whole (its records), placed after the heading: the
    // button row is as wide as a small screen allows.
    void addHeadingButton(QPushButton *button);
    QWidget *trainingButtonsArea() const { return m_toolArea; }

Q_SIGNALS:
    // The selected inspector or the town changed (to enable the added buttons).
    void selectionChanged();

private:
    void buildLayout();
    void buildActions();
    void onTownChosen();
    void keepSelection();
    void restoreSelection();
    void updateHeading();
    void updateButtons();
    void updateEmptyState();
    void newInspector();
    void editInspector();
    void openEditDialog(InspectorEditDialog *dialog);

    ClientSession &m_session;
    InspectorTableModel *m_model;
    ChineseSortProxy *m_proxy;
    TownChooser *m_townBox = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_counts = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_attentionCheck = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QHBoxLayout *m_headingRow = nullptr;
    QWidget *m_toolArea = nullptr;
    QHBoxLayout *m_toolLayout = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_findAction = nullptr;

    // Kept across model resets so a sync does not lose the user's place.
    std::optional<qint64> m_keptInspector;
    // An inspector the user just registered gets selected once it shows (pending, then synced).
    QString m_awaitedCommand;
    std::optional<qint64> m_inspectorToSelect;
};

} // namespace gridsafe
