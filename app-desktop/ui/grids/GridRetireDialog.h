#pragma once
// 停用网格 — asks why a grid is retired (up to 200 characters, several lines) and queues
// grid.retire. A problem with the reason is shown under it and keeps what was typed; a
// retirement the server refused reopens here with the reason the user gave.

#include "core/PendingGrids.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace gridsafe {

class ClientSession;

class GridRetireDialog : public QDialog
{
    Q_OBJECT

public:
    GridRetireDialog(ClientSession &session, const ShownGrid &grid, QWidget *parent = nullptr);
    // A grid.retire the server refused; nullptr when its grid is gone.
    static GridRetireDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

private:
    void save();
    void showError(const QString &message);
    void updateCount();

    ClientSession &m_session;
    Grid m_grid;
    QString m_buildsOn;
    QString m_refusedId;
    QPlainTextEdit *m_reasonEdit;
    QLabel *m_countLabel;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
