#pragma once
// 任命网格员 — makes one of the town's inspectors responsible for a grid (一格一员). Lists
// the town's active inspectors, those free and certified first; one without a valid
// certificate cannot be chosen (先培训考核、后持证上岗); one who already holds a grid needs a
// reason; a park grid warns when the choice is not town staff. Queues grid.assignInspector;
// a refusal reopens here with the choice, the reason typed and the server's words.

#include "core/PendingGrids.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace gridsafe {

class ClientSession;

class GridAssignDialog : public QDialog
{
    Q_OBJECT

public:
    GridAssignDialog(ClientSession &session, const ShownGrid &grid, QWidget *parent = nullptr);
    // A grid.assignInspector the server refused; nullptr for another command, or when its
    // grid is gone or retired.
    static GridAssignDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

    // Chooses the inspector as a click would (false when not in the list or not choosable).
    bool chooseInspector(qint64 inspectorId);

private:
    struct Candidate
    {
        qint64 id = 0;
        QString name;
        QString details;
        QStringList otherGrids; // the grids they hold now, besides this one
        bool certified = false;
        bool townStaff = false;
        bool current = false; // this grid's inspector now
    };

    QList<Candidate> candidates() const;
    // Who held the grid before, newest first (任命历史), in words; empty for a new grid.
    QString historyText() const;
    void fillList();
    void filterList(const QString &text);
    void onChosen();
    std::optional<Candidate> chosen() const;
    void save();
    void showError(const QString &message);

    ClientSession &m_session;
    Grid m_grid;
    QString m_buildsOn;
    QString m_refusedId;
    QList<Candidate> m_candidates;
    QLineEdit *m_searchEdit;
    QListWidget *m_list;
    QLabel *m_overrideLabel;
    QLineEdit *m_overrideEdit;
    QLabel *m_warningLabel;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
