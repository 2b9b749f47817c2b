#include "ui/DesktopApp.h"

#include "protocol/CertificateFingerprint.h"

#include "core/CertificatePinStore.h"
#include "core/ClientSession.h"
#include "core/SavedSession.h"
#include "core/ServerAddress.h"
#include "ui/MainWindow.h"
#include "ui/grids/GridsPage.h"
#include "ui/login/LoginDialog.h"

#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>

namespace gridsafe {

namespace {

constexpr int kScreenshotSettleMs = 500;
constexpr int kScreenshotDeadlineMs = 60 * 1000;

const QString kServerKey = QStringLiteral("login/server");
const QString kUserKey = QStringLiteral("login/user");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGridsViewKey = QStringLiteral("mainWindow/gridsView"); // splitter and columns
const QString kSettingsFile = QStringLiteral("gridsafe-desktop.ini");
// The size the window opens at the first time, where the screen allows it.
constexpr QSize kPreferredSize(1200, 760);

} // namespace

DesktopApp::DesktopApp(Options options, QObject *parent) :
    QObject(parent),
    m_options(std::move(options)),
    m_session(std::make_unique<ClientSession>(m_options.dataDir)),
    m_login(std::make_unique<LoginDialog>(*m_session))
{
    m_session->setClientName(QStringLiteral("gridsafe"));
    connect(m_login.get(), &LoginDialog::loggedIn, this, &DesktopApp::onLoggedIn);
    connect(m_login.get(), &QDialog::rejected, this, &DesktopApp::onLoginRejected);
    connect(m_session.get(), &ClientSession::loginSucceeded, this, [this] {
        if (m_resuming)
            onLoggedIn();
    });
    connect(m_session.get(), &ClientSession::loginFailed, this, &DesktopApp::onResumeFailed);
    m_screenshotDeadline.setSingleShot(true);
    connect(&m_screenshotDeadline, &QTimer::timeout, this, [this] {
        Q_EMIT finished(3, tr("No screenshot: the login or the first sync did not finish in time."));
    });
}

// The windows refer to the session: they go first.
DesktopApp::~DesktopApp()
{
    saveWindowGeometry();
    m_mainWindow.reset();
    m_login.reset();
}

QString DesktopApp::settingsPath() const
{
    return QDir(m_options.dataDir).filePath(kSettingsFile);
}

QString DesktopApp::savedLanguage(const QString &dataDir)
{
    const QSettings settings(QDir(dataDir).filePath(kSettingsFile), QSettings::IniFormat);
    return settings.value(kLanguageKey).toString();
}

Status DesktopApp::start()
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    const QString server =
        m_options.server.isEmpty() ? settings.value(kServerKey).toString() : m_options.server;
    const QString user = m_options.user.isEmpty() ? settings.value(kUserKey).toString() : m_options.user;

    if (!m_options.pinFingerprint.isEmpty()) {
        const std::optional<QString> pin = normalizeFingerprint(m_options.pinFingerprint);
        if (!pin)
            return makeError(ErrorCode::Invalid,
                             tr("--pin wants a SHA-256 fingerprint as 32 hex pairs, e.g. AB:CD:…"));
        auto address = ServerAddress::parse(server);
        if (!address)
            return makeError(ErrorCode::Invalid,
                             tr("--pin needs the server it belongs to (--server HOST:PORT)."));
        if (!m_session->pins().setPin(address->toString(), *pin))
            return makeError(ErrorCode::Internal,
                             tr("Cannot save the trusted fingerprint in %1.").arg(m_options.dataDir));
    }

    m_login->setServer(server);
    m_login->setUser(user);
    if (!m_options.screenshotPath.isEmpty())
        armScreenshot();
    // The last user's session, unless this start names someone else: the program opens at
    // once, from the replica while the server is away.
    const std::optional<SavedSession> saved = SavedSession::load(sessionPath());
    const bool savedFits =
        saved && (m_options.server.isEmpty() || m_options.server == saved->address.toString())
        && (m_options.user.isEmpty() || m_options.user.trimmed().toLower() == saved->username);
    if (savedFits && m_options.password.isEmpty()) {
        resumeSaved(*saved);
    } else if (!m_options.password.isEmpty()) {
        m_login->setPassword(m_options.password);
        m_login->submit(); // shows the dialog only if something is missing or the login fails
    } else {
        m_login->show();
    }
    return success();
}

QString DesktopApp::sessionPath() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("desktop-session.json"));
}

void DesktopApp::resumeSaved(const SavedSession &saved)
{
    m_resuming = true;
    m_session->resume(saved.address, saved.username, saved.token);
}

void DesktopApp::onResumeFailed(const Error &error)
{
    if (!m_resuming)
        return;
    m_resuming = false;
    // A session the server no longer knows is forgotten; an unreachable server is not its fault.
    if (error.code != ErrorCode::Network)
        SavedSession::remove(sessionPath());
    m_login->setNotice(error.code == ErrorCode::Network
                           ? tr("The server cannot be reached and this computer has no local copy for "
                                "this user yet: %1")
                                 .arg(error.message)
                           : error.message);
    m_login->show();
}

void DesktopApp::onLoggedIn()
{
    m_resuming = false;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(kServerKey, m_session->address().toString());
    settings.setValue(kUserKey, m_session->user().username);
    if (!SavedSession{m_session->address(), m_session->user().username, m_session->token()}.save(
            sessionPath()))
        qWarning("Cannot save the session in %s: the next start asks for the password.",
                 qPrintable(sessionPath()));

    // A new login may be another user with another replica: the window starts afresh.
    if (m_mainWindow) {
        saveWindowGeometry();
        m_mainWindow.release()->deleteLater();
    }
    m_mainWindow = std::make_unique<MainWindow>(*m_session);
    connect(m_mainWindow.get(), &MainWindow::loginAgainRequested, this, &DesktopApp::onLoginAgainRequested);
    connect(m_mainWindow.get(), &MainWindow::logoutRequested, this, &DesktopApp::onLogoutRequested);
    connect(m_mainWindow.get(), &MainWindow::languageChosen, this, [this](const QString &language) {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(kLanguageKey, language);
    });
    restoreWindowGeometry();
    m_mainWindow->show();
}

void DesktopApp::onLoginAgainRequested()
{
    SavedSession::remove(sessionPath());
    // The login dialog appears before the main window goes, so the program does not quit.
    m_login->setNotice(tr("Log in again to continue."));
    m_login->show();
    if (m_mainWindow) {
        saveWindowGeometry();
        m_mainWindow->hide();
        m_mainWindow.release()->deleteLater();
    }
}

void DesktopApp::onLogoutRequested(bool switchUser)
{
    SavedSession::remove(sessionPath());
    m_session->logout();
    m_login->setNotice(switchUser ? tr("Log in as another user.") : tr("You have logged out."));
    if (switchUser)
        m_login->setUser(QString());
    m_login->show();
    if (m_mainWindow) {
        saveWindowGeometry();
        m_mainWindow->hide();
        m_mainWindow.release()->deleteLater();
    }
}

void DesktopApp::saveWindowGeometry()
{
    if (!m_mainWindow)
        return;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(kGeometryKey, m_mainWindow->saveGeometry());
    settings.setValue(kGridsViewKey, m_mainWindow->gridsPage().saveViewState());
}

void DesktopApp::restoreWindowGeometry()
{
    const QSettings settings(settingsPath(), QSettings::IniFormat);
    m_mainWindow->gridsPage().restoreViewState(settings.value(kGridsViewKey).toByteArray());
    // restoreGeometry() also moves a window saved on a screen that is gone back into view.
    if (m_mainWindow->restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        return;
    // First start: the preferred size, shrunk to fit the screen (a 1366×768 office screen
    // leaves about 1366×728 below its taskbar), and centred on it.
    const QScreen *screen =
        m_mainWindow->screen() ? m_mainWindow->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        m_mainWindow->resize(kPreferredSize);
        return;
    }
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is not known before the window is shown: leave room.
    const QSize room = available.size() - QSize(16, 48);
    const QSize size = kPreferredSize.boundedTo(room).expandedTo(m_mainWindow->minimumSizeHint());
    m_mainWindow->resize(size);
    m_mainWindow->move(available.center() - QPoint(size.width() / 2, (size.height() + 32) / 2));
}

void DesktopApp::onLoginRejected()
{
    if (!m_mainWindow)
        Q_EMIT finished(0, QString());
}

void DesktopApp::armScreenshot()
{
    m_screenshotPending = true;
    m_screenshotDeadline.start(kScreenshotDeadlineMs);
    connect(m_session.get(), &ClientSession::syncFinished, this, [this](bool ok, const QString &message) {
        if (!m_screenshotPending || !m_mainWindow)
            return;
        m_screenshotPending = false;
        if (!ok)
            qWarning("Sync failed before the screenshot: %s", qPrintable(message));
        QTimer::singleShot(kScreenshotSettleMs, this, &DesktopApp::takeScreenshot);
    });
    connect(m_session.get(), &ClientSession::loginFailed, this, [this](const Error &error) {
        if (m_screenshotPending)
            Q_EMIT finished(2, tr("No screenshot: %1").arg(error.message));
    });
}

void DesktopApp::takeScreenshot()
{
    m_screenshotDeadline.stop();
    if (!m_mainWindow) {
        Q_EMIT finished(3, tr("No screenshot: the main window is gone."));
        return;
    }
    if (!m_mainWindow->grab().save(m_options.screenshotPath, "PNG")) {
        Q_EMIT finished(1, tr("Cannot write the screenshot to %1.").arg(m_options.screenshotPath));
        return;
    }
    Q_EMIT finished(0, tr("Screenshot saved to %1").arg(m_options.screenshotPath));
}

} // namespace gridsafe
