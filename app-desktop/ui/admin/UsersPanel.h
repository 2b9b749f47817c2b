#pragma once
// 设置 › 用户 — an administrator's list of accounts: create one, reset a password, disable or
// enable; the last login of each. Changes go through the outbox like every other.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;
class UserTableModel;

class UsersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPanel(ClientSession &session, QWidget *parent = nullptr);

    UserTableModel &model() const { return *m_model; }
    // Reopens a refused user.create / user.resetPassword in its dialog.
    bool reopenRefused(const OutboxEntry &refused);

private:
    void updateButtons();
    void newUser();
    void resetPassword();
    void toggleDisabled();

    ClientSession &m_session;
    UserTableModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_newButton;
    QPushButton *m_resetButton;
    QPushButton *m_disableButton;
};

} // namespace gridsafe
