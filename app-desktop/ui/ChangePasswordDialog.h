#pragma once
// 修改密码 — the signed-in user changes their own password: the current one, the new one
// twice. Checked on the spot with the server's rules; queues user.changePassword (the
// server checks the current password). A refused change reopens here.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(ClientSession &session, QWidget *parent = nullptr);
    // A user.changePassword the server refused (e.g. a mistyped current password).
    static ChangePasswordDialog *reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent);

private:
    void save();
    void showError(const QString &message, QLineEdit *field);

    ClientSession &m_session;
    QString m_refusedId;
    QLineEdit *m_current;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
