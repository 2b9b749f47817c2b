#pragma once
// The desktop program's flow: log in, show the main window, and log in again when the
// server ends the session. Owns the client session and the top-level windows; main() only
// parses options into Options and runs this.

#include "util/Result.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace gridsafe {

class ClientSession;
class LoginDialog;
class MainWindow;
struct Error;
struct SavedSession;

class DesktopApp : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
        QString server;         // prefilled; else the one last used
        QString user;           // prefilled; else the one last used
        QString password;       // when set, log in at once (the dialog appears only on failure)
        QString pinFingerprint; // SHA-256 fingerprint to trust for `server` before connecting
        QString screenshotPath; // when set: after login and the first sync, save the main window and finish
    };

    explicit DesktopApp(Options options, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Resumes the last session (no dialog), or shows the login dialog (or logs in at once);
    // fails on options that cannot work.
    Status start();
    // The language the user chose in the menu, kept in the data folder ("" when none).
    static QString savedLanguage(const QString &dataDir);

    ClientSession &session() const { return *m_session; }
    LoginDialog &loginDialog() const { return *m_login; }
    MainWindow *mainWindow() const { return m_mainWindow.get(); }

Q_SIGNALS:
    // The program is done (login cancelled, screenshot taken); `message` is for the console.
    void finished(int exitCode, const QString &message);

private:
    void onLoggedIn();
    void resumeSaved(const SavedSession &saved);
    void onResumeFailed(const Error &error);
    QString sessionPath() const;
    void onLoginAgainRequested();
    void onLogoutRequested(bool switchUser);
    void onLoginRejected();
    void armScreenshot();
    void takeScreenshot();
    QString settingsPath() const;
    // The main window's size and place are remembered between runs (in the settings file).
    void saveWindowGeometry();
    void restoreWindowGeometry();

    Options m_options;
    std::unique_ptr<ClientSession> m_session;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<MainWindow> m_mainWindow;
    QTimer m_screenshotDeadline;
    bool m_screenshotPending = false;
    bool m_resuming = false; // a saved session is being resumed (no login dialog)
};

} // namespace gridsafe
