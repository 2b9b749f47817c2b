// Changes that wait: offline start, pending grids, refused changes, the outbox dialog, a session that ends.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "ui/DesktopApp.h"
#include "ui/MainWindow.h"
#include "ui/SessionStatusBar.h"
#include "ui/grids/GridTableModel.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <memory>
#include <utility>

#include <QCborArray>
#include <QCborMap>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace gridsafe;
using namespace gridsafe::test;

TEST_CASE("session end: the user is told why, logs in again, and the waiting change goes through")
{
    TestServer server(true, std::chrono::minutes(30));
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);

    // Idle past the server's limit; the next command finds the session gone.
    server.clock().advance(31 * 60);
    QCborMap args;
    args.insert(QStringLiteral("townId"), server.regionId(kTown));
    args.insert(QStringLiteral("name"), QStringLiteral("会话过期后的网格"));
    args.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(QStringLiteral("建农村"))});
    REQUIRE(desktop.app->session().submit(QStringLiteral("grid.create"), args, QStringLiteral("create")));

    auto *ended = qobject_cast<QMessageBox *>(waitForWindow(QStringLiteral("sessionEndedBox")));
    REQUIRE(ended);
    CHECK_FALSE(ended->informativeText().isEmpty());
    REQUIRE(waitUntil(
        [&] { return child<QLabel>(window, "linkStateLabel")->text() == QStringLiteral("Offline"); }));
    CHECK(child<QLabel>(window, "outboxLabel")->text().contains(QStringLiteral("Pending: 1")));
    click(ended->button(QMessageBox::Ok));

    QWidget *login = waitForWindow(QStringLiteral("loginDialog"));
    REQUIRE(login);
    CHECK(visibleWindow(QStringLiteral("mainWindow")) == nullptr);
    CHECK_FALSE(child<QLabel>(login, "loginStatusLabel")->text().isEmpty());
    CHECK(child<QLineEdit>(login, "passwordEdit")->text().isEmpty());

    MainWindow *again = desktop.logIn();
    REQUIRE(again);
    auto *table = child<QTableView>(again, "gridTable");
    REQUIRE(waitUntil([&] { return server.hasGrid(QStringLiteral("会话过期后的网格")); }));
    REQUIRE(waitUntil([&] { return desktop.app->session().outbox()->entries().isEmpty(); }));
    REQUIRE(
        waitUntil([&] { return gridNames(*table->model()).contains(QStringLiteral("会话过期后的网格")); }));
}

TEST_CASE("refusal: a grid the server refused reopens in its dialog with the user's values and is sent again")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    ClientSession &session = desktop.app->session();

    // A name the town already uses, sent past the dialog's own check: the server refuses it.
    submitDuplicateGrid(server, session);

    // It comes back in the grid dialog, with the name, the ticked area and the reason.
    QWidget *dialog = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(dialog);
    CHECK(visibleWindow(QStringLiteral("commandRejectedBox")) == nullptr);
    auto *nameEdit = child<QLineEdit>(dialog, "gridNameEdit");
    CHECK(nameEdit->text() == QStringLiteral("渔庄村网格"));
    auto *areas = child<QListWidget>(dialog, "gridAreaList");
    QListWidgetItem *area = areas->findItems(QStringLiteral("建农村"), Qt::MatchStartsWith).value(0);
    REQUIRE(area);
    CHECK(area->checkState() == Qt::Checked);
    auto *error = child<QLabel>(dialog, "gridEditError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("渔庄村网格")));
    CHECK(session.outbox()->rejectedCount() == 1);

    // Corrected and saved: the same place in the queue, a new id, and the server takes it.
    typeText(nameEdit, QStringLiteral("渔庄村北片网格"));
    clickOk(child<QDialogButtonBox>(dialog, "gridEditButtons"));
    REQUIRE(waitUntil([&] { return server.hasGrid(QStringLiteral("渔庄村北片网格")); }));
    REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }));
    auto *table = child<QTableView>(window, "gridTable");
    REQUIRE(waitUntil([&] { return gridNames(*table->model()).contains(QStringLiteral("渔庄村北片网格")); }));
}

TEST_CASE(
    "outbox: a refused change is corrected or discarded there, and resending it unchanged is not offered")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    ClientSession &session = desktop.app->session();

    submitDuplicateGrid(server, session);
    QWidget *reopened = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(reopened);
    click(child<QDialogButtonBox>(reopened, "gridEditButtons")->button(QDialogButtonBox::Cancel));
    // Closing the dialog keeps the refused change: it waits in the outbox.
    CHECK(session.outbox()->rejectedCount() == 1);
    CHECK(child<QLabel>(window, "outboxLabel")->text().contains(QStringLiteral("Rejected: 1")));

    window->findChild<SessionStatusBar *>()->outboxRequested();
    QWidget *dialog = waitForWindow(QStringLiteral("outboxDialog"));
    REQUIRE(dialog);
    auto *table = child<QTableView>(dialog, "outboxTable");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 1).data().toString() == QStringLiteral("新建网格 渔庄村网格"));
    // The refused change is selected at once: it is what the user came to resolve. Sent
    // unchanged it would be refused again, so that is not offered.
    auto *correct = child<QPushButton>(dialog, "outboxCorrectButton");
    auto *retry = child<QPushButton>(dialog, "outboxRetryButton");
    auto *discard = child<QPushButton>(dialog, "outboxDiscardButton");
    CHECK(correct->isEnabled());
    CHECK(discard->isEnabled());
    CHECK_FALSE(retry->isEnabled());

    // The search box filters the waiting changes.
    typeText(child<QLineEdit>(dialog, "outboxSearchEdit"), QStringLiteral("不存在的更改"));
    CHECK(table->model()->rowCount() == 0);
    typeText(child<QLineEdit>(dialog, "outboxSearchEdit"), QStringLiteral("渔庄"));
    REQUIRE(table->model()->rowCount() == 1);
    clickItem(table, table->model()->index(0, 1));
    click(correct);
    QWidget *again = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(again);
    CHECK(child<QLineEdit>(again, "gridNameEdit")->text() == QStringLiteral("渔庄村网格"));
    click(child<QDialogButtonBox>(again, "gridEditButtons")->button(QDialogButtonBox::Cancel));

    click(discard);
    auto *confirm = qobject_cast<QMessageBox *>(waitForWindow(QStringLiteral("outboxDiscardConfirm")));
    REQUIRE(confirm);
    // Enter keeps the change: the destructive button is never the default.
    CHECK(confirm->defaultButton() == confirm->button(QMessageBox::Cancel));
    click(confirm->button(QMessageBox::Discard));
    REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }));
    CHECK(child<QLabel>(dialog, "outboxEmptyLabel")->isVisible());
    CHECK_FALSE(child<QLabel>(window, "outboxLabel")->text().contains(QStringLiteral("Rejected")));
}

TEST_CASE("grid dialog: a name the town already uses is refused in the dialog, pending grids included")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    ClientSession &session = desktop.app->session();
    click(child<QPushButton>(window, "newGridButton"));
    QWidget *dialog = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(dialog);
    auto *areas = child<QListWidget>(dialog, "gridAreaList");
    clickItem(areas,
              areas->indexFromItem(areas->findItems(QStringLiteral("芳庄社区"), Qt::MatchExactly).value(0)));
    typeText(child<QLineEdit>(dialog, "gridNameEdit"), QStringLiteral(" 渔庄村网格 "));
    clickOk(child<QDialogButtonBox>(dialog, "gridEditButtons"));
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "gridEditError")->text().contains(QStringLiteral("渔庄村网格")));
    CHECK(child<QLineEdit>(dialog, "gridNameEdit")->text() == QStringLiteral(" 渔庄村网格 "));
    CHECK(session.outbox()->entries().isEmpty());

    // A grid still waiting to be sent counts too.
    server.stop();
    REQUIRE(waitUntil([&] { return session.linkState() == ClientSession::LinkState::Offline; }));
    typeText(child<QLineEdit>(dialog, "gridNameEdit"), QStringLiteral("芳庄社区网格"));
    clickOk(child<QDialogButtonBox>(dialog, "gridEditButtons"));
    REQUIRE(session.outbox()->pendingCount() == 1);
    click(child<QPushButton>(window, "newGridButton"));
    QWidget *second = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(second);
    auto *secondAreas = child<QListWidget>(second, "gridAreaList");
    clickItem(secondAreas, secondAreas->indexFromItem(secondAreas->item(0)));
    typeText(child<QLineEdit>(second, "gridNameEdit"), QStringLiteral("芳庄社区网格"));
    clickOk(child<QDialogButtonBox>(second, "gridEditButtons"));
    CHECK(second->isVisible());
    CHECK(child<QLabel>(second, "gridEditError")->text().contains(QStringLiteral("waiting to be sent")));
    CHECK(session.outbox()->pendingCount() == 1);
}

TEST_CASE("offline: the app opens from the replica with the server down, and grids created and edited "
          "offline apply without conflict")
{
    TestServer server;
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    desktop.app.reset(); // the program ends; its session stays saved
    server.stop();

    DesktopApp::Options options;
    options.dataDir = desktop.dir.path();
    options.server = server.address().toString();
    desktop.app = std::make_unique<DesktopApp>(options);
    REQUIRE(desktop.app->start());
    // No password asked: the last session opens from the replica, and says it is offline.
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("mainWindow")) != nullptr; }));
    CHECK(visibleWindow(QStringLiteral("loginDialog")) == nullptr);
    MainWindow *window = desktop.app->mainWindow();
    auto *banner = child<QWidget>(window, "offlineBanner");
    REQUIRE(waitUntil([&] { return banner->isVisible(); }));
    CHECK(child<QLabel>(window, "offlineBannerText")->text().contains(QStringLiteral("Offline")));
    auto *table = child<QTableView>(window, "gridTable");
    REQUIRE(waitUntil([&] { return gridNames(*table->model()).size() == 6; }));
    ClientSession &session = desktop.app->session();

    // Create a grid: it shows at once, marked pending.
    click(child<QPushButton>(window, "newGridButton"));
    QWidget *dialog = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(dialog);
    auto *areas = child<QListWidget>(dialog, "gridAreaList");
    clickItem(areas,
              areas->indexFromItem(areas->findItems(QStringLiteral("芳庄社区"), Qt::MatchExactly).value(0)));
    typeText(child<QLineEdit>(dialog, "gridNameEdit"), QStringLiteral("离线新网格"));
    clickOk(child<QDialogButtonBox>(dialog, "gridEditButtons"));
    REQUIRE(waitUntil([&] { return gridNames(*table->model()).contains(QStringLiteral("离线新网格")); }));
    QModelIndex created = findText(*table->model(), QStringLiteral("离线新网格"));
    CHECK(created.siblingAtColumn(GridTableModel::Status)
              .data()
              .toString()
              .contains(QStringLiteral("pending")));
    CHECK(created.data(Qt::ToolTipRole).toString().contains(QStringLiteral("离线新网格")));

    // Edit it again before it was sent: the dialog opens with the pending values.
    clickItem(table, created);
    click(child<QPushButton>(window, "editGridButton"));
    dialog = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "gridNameEdit")->text() == QStringLiteral("离线新网格"));
    typeText(child<QLineEdit>(dialog, "gridNameEdit"), QStringLiteral("离线改名网格"));
    clickOk(child<QDialogButtonBox>(dialog, "gridEditButtons"));
    REQUIRE(waitUntil([&] { return gridNames(*table->model()).contains(QStringLiteral("离线改名网格")); }));
    CHECK_FALSE(gridNames(*table->model()).contains(QStringLiteral("离线新网格")));

    // An existing grid renamed twice offline: the second builds on the first.
    for (const auto &[from, to] :
         {std::pair{QStringLiteral("渔庄村网格"), QStringLiteral("渔庄村一网格")},
          std::pair{QStringLiteral("渔庄村一网格"), QStringLiteral("渔庄村二网格")}}) {
        clickItem(table, findText(*table->model(), from));
        click(child<QPushButton>(window, "editGridButton"));
        dialog = waitForWindow(QStringLiteral("gridEditDialog"));
        REQUIRE(dialog);
        CHECK(child<QLineEdit>(dialog, "gridNameEdit")->text() == from);
        typeText(child<QLineEdit>(dialog, "gridNameEdit"), to);
        clickOk(child<QDialogButtonBox>(dialog, "gridEditButtons"));
        REQUIRE(waitUntil([&] { return gridNames(*table->model()).contains(to); }));
    }
    CHECK(session.outbox()->pendingCount() == 4);
    CHECK(gridNames(*table->model()).size() == 7);

    // The server is back: all four apply, none is refused as "changed by someone else".
    server.restart();
    click(child<QPushButton>(window, "offlineRetryButton"));
    REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }, 20000));
    CHECK(server.gridId(QStringLiteral("离线改名网格")) > 0);
    CHECK(server.gridId(QStringLiteral("渔庄村二网格")) > 0);
    REQUIRE(waitUntil([&] { return !banner->isVisible(); }));
    REQUIRE(waitUntil([&] {
        const QModelIndex row = findText(*table->model(), QStringLiteral("离线改名网格"));
        return row.isValid()
               && row.siblingAtColumn(GridTableModel::Status).data().toString() == QStringLiteral("Active");
    }));
    CHECK(gridNames(*table->model()).size() == 7);
}
