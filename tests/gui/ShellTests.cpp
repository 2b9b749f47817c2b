// The main window around the pages: geometry, menus, about, help, language, logout and changing the password.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "ui/DesktopApp.h"
#include "ui/MainWindow.h"

#include <catch2/catch.hpp>

#include <memory>

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>

using namespace gridsafe;
using namespace gridsafe::test;

TEST_CASE("main window: it opens inside the screen's free area and comes back at the size the user left it")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    const QRect available = window->screen()->availableGeometry();
    CHECK(window->width() <= available.width());
    CHECK(window->height() <= available.height());
    CHECK(available.contains(window->geometry().center()));

    // Somewhat smaller than it opened, as a user would drag it (never below its minimum).
    const QSize chosen = (window->size() - QSize(40, 30)).expandedTo(window->minimumSizeHint());
    INFO("opened at " << window->width() << "x" << window->height() << ", chosen " << chosen.width() << "x"
                      << chosen.height() << ", screen " << available.width() << "x" << available.height());
    window->resize(chosen);
    REQUIRE(waitUntil([&] { return window->size() == chosen; }));
    // The tree made narrower, as a user drags the splitter.
    auto *splitter = child<QSplitter>(window, "gridsSplitter");
    const QList<int> sizes = {splitter->sizes().at(0) - 20, splitter->sizes().at(1) + 20};
    splitter->setSizes(sizes);
    const QList<int> dragged = splitter->sizes();
    desktop.app.reset(); // the program ends

    DesktopApp::Options options;
    options.dataDir = desktop.dir.path();
    options.server = server.address().toString();
    options.user = kOperator;
    desktop.app = std::make_unique<DesktopApp>(options);
    REQUIRE(desktop.app->start());
    // The saved session opens the window without the login dialog.
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("mainWindow")) != nullptr; }));
    MainWindow *again = desktop.app->mainWindow();
    REQUIRE(again);
    INFO("again " << again->width() << "x" << again->height() << " min " << again->minimumSizeHint().width()
                  << "x" << again->minimumSizeHint().height());
    CHECK(again->size() == chosen);
    CHECK(child<QSplitter>(again, "gridsSplitter")->sizes() == dragged);
}

TEST_CASE("shell: the menus hold the page's actions, the about box names the server and its fingerprint, and "
          "logging out forgets the session")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    CHECK_FALSE(window->windowIcon().isNull());
    for (const char *menu :
         {"fileMenu", "gridsMenu", "inspectorsMenu", "userMenu", "settingsMenu", "helpMenu"})
        CHECK(child<QMenu>(window, menu));
    CHECK(child<QAction>(window, "newGridAction")->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(child<QAction>(window, "userGuideAction")->shortcut() == QKeySequence(Qt::Key_F1));
    CHECK(child<QAction>(window, "syncNowAction")->shortcut() == QKeySequence(Qt::Key_F5));

    child<QAction>(window, "aboutAction")->trigger();
    QWidget *about = waitForWindow(QStringLiteral("aboutDialog"));
    REQUIRE(about);
    CHECK(child<QLabel>(about, "aboutServer")->text() == server.address().toString());
    CHECK(child<QLabel>(about, "aboutFingerprint")->text() == server.fingerprint());
    CHECK(child<QLabel>(about, "aboutVersion")->text() == QStringLiteral(GRIDSAFE_VERSION));
    QTest::keyClick(about, Qt::Key_Escape);

    child<QAction>(window, "userGuideAction")->trigger();
    QWidget *help = waitForWindow(QStringLiteral("helpDialog"));
    REQUIRE(help);
    CHECK(child<QTextBrowser>(help, "helpBrowser")->toPlainText().contains(QStringLiteral("网格")));
    help->close();

    // The language applies at the next start, and says so.
    child<QAction>(window, "language_en")->trigger();
    REQUIRE(waitForWindow(QStringLiteral("languageChosenBox")));
    CHECK(DesktopApp::savedLanguage(desktop.dir.path()) == QStringLiteral("en"));
    click(visibleWindow<QMessageBox>(QStringLiteral("languageChosenBox"))->button(QMessageBox::Ok));

    // With a change waiting, logging out asks first; Cancel is the default.
    queueGridWhileOffline(server, desktop.app->session(), QStringLiteral("退出前的网格"),
                          QStringLiteral("建农村"));
    child<QAction>(window, "logoutAction")->trigger();
    auto *confirm = qobject_cast<QMessageBox *>(waitForWindow(QStringLiteral("logoutConfirm")));
    REQUIRE(confirm);
    CHECK(confirm->defaultButton() == confirm->button(QMessageBox::Cancel));
    click(child<QPushButton>(confirm, "logoutConfirmButton"));
    QWidget *login = waitForWindow(QStringLiteral("loginDialog"));
    REQUIRE(login);
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("mainWindow")) == nullptr; }));
    CHECK_FALSE(QFile::exists(QDir(desktop.dir.path()).filePath(QStringLiteral("desktop-session.json"))));

    // The queued change was kept and goes with the next login.
    server.restart();
    MainWindow *again = desktop.logIn();
    REQUIRE(again);
    REQUIRE(waitUntil([&] { return server.hasGrid(QStringLiteral("退出前的网格")); }));
}

TEST_CASE("change password: a wrong current password comes back in the dialog; the right one changes it and "
          "this session goes on")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    child<QAction>(window, "changePasswordAction")->trigger();
    QWidget *dialog = waitForWindow(QStringLiteral("changePasswordDialog"));
    REQUIRE(dialog);
    // Checked on the spot first: the two new passwords differ.
    typeText(child<QLineEdit>(dialog, "currentPasswordEdit"), QStringLiteral("not-my-password"));
    typeText(child<QLineEdit>(dialog, "newPasswordEdit"), QStringLiteral("my-new-password-1"));
    typeText(child<QLineEdit>(dialog, "newPasswordConfirmEdit"), QStringLiteral("my-new-password-2"));
    clickOk(child<QDialogButtonBox>(dialog, "changePasswordButtons"));
    CHECK(child<QLabel>(dialog, "changePasswordError")->text().contains(QStringLiteral("differ")));
    typeText(child<QLineEdit>(dialog, "newPasswordConfirmEdit"), QStringLiteral("my-new-password-1"));
    clickOk(child<QDialogButtonBox>(dialog, "changePasswordButtons"));

    // The server knows the current password is wrong: the dialog comes back with what was typed.
    QWidget *again = nullptr;
    REQUIRE(waitUntil([&] {
        again = visibleWindow(QStringLiteral("changePasswordDialog"));
        return again
               && child<QLabel>(again, "changePasswordError")
                      ->text()
                      .contains(QStringLiteral("current password"));
    }));
    CHECK(child<QLineEdit>(again, "newPasswordEdit")->text() == QStringLiteral("my-new-password-1"));
    typeText(child<QLineEdit>(again, "currentPasswordEdit"), kOperatorPassword);
    clickOk(child<QDialogButtonBox>(again, "changePasswordButtons"));
    REQUIRE(waitUntil([&] { return desktop.app->session().outbox()->entries().isEmpty(); }));
    CHECK(desktop.app->session().linkState() == ClientSession::LinkState::Online);

    // Logged out, the new password is the one that works.
    child<QAction>(window, "logoutAction")->trigger();
    REQUIRE(waitForWindow(QStringLiteral("loginDialog")));
    REQUIRE(desktop.logIn(QStringLiteral("my-new-password-1")));
}
