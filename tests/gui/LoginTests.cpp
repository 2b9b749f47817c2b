// Logging in: Enter after an unreachable server, trusting a new server, and a changed certificate refused.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/CertificatePinStore.h"
#include "core/ClientSession.h"
#include "ui/DesktopApp.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace gridsafe;
using namespace gridsafe::test;

TEST_CASE("login: after the server could not be reached, Enter tries again instead of quitting")
{
    TestServer server;
    server.stop();
    Desktop desktop(server);
    QWidget *login = waitForWindow(QStringLiteral("loginDialog"));
    REQUIRE(login);
    typeText(child<QLineEdit>(login, "passwordEdit"), kOperatorPassword);
    click(child<QPushButton>(login, "loginButton"));
    REQUIRE(waitUntil([&] { return child<QPushButton>(login, "loginButton")->isEnabled(); }));
    CHECK_FALSE(child<QLabel>(login, "loginStatusLabel")->text().isEmpty());
    QWidget *focused = login->focusWidget();
    REQUIRE(focused);
    CHECK(focused != child<QPushButton>(login, "quitButton"));
    server.restart();
    QTest::keyClick(focused, Qt::Key_Return);
    CHECK(waitUntil([] { return visibleWindow(QStringLiteral("mainWindow")) != nullptr; }));
}

TEST_CASE("login: first contact shows the server's fingerprint and connects once the user trusts it")
{
    TestServer server;
    Desktop desktop(server, /*pinned=*/false);
    QWidget *login = waitForWindow(QStringLiteral("loginDialog"));
    typeText(child<QLineEdit>(login, "passwordEdit"), kOperatorPassword);
    click(child<QPushButton>(login, "loginButton"));

    auto *ask = qobject_cast<QMessageBox *>(waitForWindow(QStringLiteral("trustCertificateBox")));
    REQUIRE(ask);
    CHECK(ask->informativeText().contains(server.fingerprint()));
    // Enter does not trust: the safe answer is the default.
    CHECK(ask->defaultButton() == child<QPushButton>(ask, "doNotTrustButton"));
    click(child<QPushButton>(ask, "trustButton"));

    REQUIRE(waitUntil([&] { return visibleWindow(QStringLiteral("mainWindow")) != nullptr; }));
    CHECK(desktop.app->session().pins().pinFor(server.address().toString()) == server.fingerprint());
}

TEST_CASE("login: a changed server certificate is refused loudly, with no way to continue")
{
    TestServer server;
    QTemporaryDir dir;
    DesktopApp::Options options;
    options.dataDir = dir.path();
    options.server = server.address().toString();
    options.user = kOperator;
    options.pinFingerprint = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                                            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    DesktopApp app(options);
    REQUIRE(app.start());
    QWidget *login = waitForWindow(QStringLiteral("loginDialog"));
    typeText(child<QLineEdit>(login, "passwordEdit"), kOperatorPassword);
    click(child<QPushButton>(login, "loginButton"));

    auto *warning = qobject_cast<QMessageBox *>(waitForWindow(QStringLiteral("certificateChangedBox")));
    REQUIRE(warning);
    CHECK(warning->icon() == QMessageBox::Critical);
    CHECK(warning->text().contains(server.fingerprint()));
    CHECK(warning->buttons().size() == 1);
    CHECK(child<QLabel>(login, "loginStatusLabel")->text().contains(QStringLiteral("CHANGED")));
    click(warning->button(QMessageBox::Ok));
    // Back at the login dialog, ready for another try, and no main window came up.
    REQUIRE(waitUntil(
        [&] { return login->isVisible() && child<QPushButton>(login, "loginButton")->isEnabled(); }));
    CHECK(visibleWindow(QStringLiteral("mainWindow")) == nullptr);
    CHECK(app.session().pins().pinFor(server.address().toString()) == options.pinFingerprint);
}
