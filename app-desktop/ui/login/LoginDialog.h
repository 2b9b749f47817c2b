#pragma once
// 登录 — server, user name and password. Shows why a login failed, asks before trusting a
// server's certificate the first time, and refuses loudly when a pinned certificate changed.

#include "core/ServerAddress.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gridsafe {

class ClientSession;
struct Error;

class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(ClientSession &session, QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUser(const QString &user);
    void setPassword(const QString &password);
    QString server() const;
    QString user() const;
    // A note above the fields, e.g. why the user has to log in again.
    void setNotice(const QString &text);

    // Logs in with what the fields hold; shows the dialog again if that fails.
    void submit();

    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // Emitted just before the dialog closes after a successful login, so that the main
    // window can appear while a window is still open.
    void loggedIn();

private:
    void setBusy(bool busy);
    void showStatus(const QString &text, bool isError);
    void onLoginSucceeded();
    void onLoginFailed(const Error &error);
    void askToTrust(const QString &fingerprint, const QString &details);
    void warnCertificateChanged(const QString &details);

    ClientSession &m_session;
    ServerAddress m_address;
    bool m_busy = false;
    QLineEdit *m_serverEdit;
    QLineEdit *m_userEdit;
    QLineEdit *m_passwordEdit;
    QLabel *m_statusLabel;
    QPushButton *m_loginButton;
    QPushButton *m_quitButton;
};

} // namespace gridsafe
