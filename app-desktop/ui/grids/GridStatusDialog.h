#pragma once
// 撤销网格 / 恢复网格 / 免去网格员 — asks why a grid is retired or restored, or why its
// inspector is relieved (up to 200 characters, several lines), and queues grid.retire,
// grid.restore or grid.unassignInspector. A problem with the reason is shown
// under it and keeps what was typed; a command the server refused reopens here with the
// reason the user gave.

#include "core/PendingGrids.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace gridsafe {

class ClientSession;

class GridStatusDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Retire, Restore, Unassign };

    GridStatusDialog(ClientSession &session, const ShownGrid &grid, Action action, QWidget *parent = nullptr);
    // A grid.retire, grid.restore or grid.unassignInspector the server refused; nullptr for
    // another command, or when its grid is gone or no longer in the state it changes.
    static GridStatusDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

private:
    void describe(const QString &inspectorName);
    void save();
    void showError(const QString &message);
    void updateCount();

    ClientSession &m_session;
    Grid m_grid;
    Action m_action;
    QString m_buildsOn;
    QString m_refusedId;
    QLabel *m_introLabel;
    QPlainTextEdit *m_reasonEdit;
    QLabel *m_countLabel;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
