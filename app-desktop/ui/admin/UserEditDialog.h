#pragma once
// 新建用户 — an account: user name, name, role, the town for operators and inspectors, and an
// initial password typed twice. Checked on the spot with the server's rules (common/) and
// against the names already taken; queues user.create. A refused one reopens here.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;

class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `takenNames`: user names in use (queued accounts included).
    UserEditDialog(ClientSession &session, QStringList takenNames, QWidget *parent = nullptr);
    // A user.create the server refused, with the values the user gave and the reason.
    static UserEditDialog *reopen(ClientSession &session, const OutboxEntry &refused, QStringList takenNames,
                                  QWidget *parent);

private:
    void updateTown();
    void save();
    void showError(const QString &message, QWidget *field);

    ClientSession &m_session;
    QStringList m_takenNames;
    QString m_refusedId;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QComboBox *m_town;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace gridsafe
