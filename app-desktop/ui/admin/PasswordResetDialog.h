#pragma once
// 重置密码 — an administrator gives a user a new password (typed twice); the user's sessions
// end. Queues user.resetPassword; a refused one reopens here.

#include "domain/UserAccount.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;

class PasswordResetDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordResetDialog(ClientSession &session, const UserAccount &account, QWidget *parent = nullptr);
    // A user.resetPassword the server refused; nullptr for another command or a user gone.
    static PasswordResetDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

private:
    void save();
    void showError(const QString &message, QWidget *field);

    ClientSession &m_session;
    UserAccount m_account;
    QString m_refusedId;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
