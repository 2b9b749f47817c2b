// The desktop program's widgets, driven by objectName against a real server on loopback.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/CertificatePinStore.h"
#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "ui/DesktopApp.h"
#include "ui/MainWindow.h"
#include "ui/SessionStatusBar.h"
#include "accounts/PasswordHasher.h"
#include "accounts/User.h"
#include "accounts/UserRepository.h"
#include "ServerCore.h"
#include "store/Database.h"
#include "ui/admin/RegionsPanel.h"
#include "ui/admin/SettingsPage.h"
#include "ui/admin/UserTableModel.h"
#include "ui/grids/GridTableModel.h"
#include "ui/grids/GridsPage.h"
#include "ui/grids/RegionTreeActions.h"
#include "ui/grids/RegionTreeModel.h"
#include "ui/login/LoginDialog.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QTextBrowser>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gridsafe;
using namespace gridsafe::test;

TEST_CASE("grids page: a town operator logs in, sees the region tree and creates a grid")
{
    TestServer server;
    Desktop desktop(server);

    // The login dialog comes prefilled; a wrong password is explained and nothing opens.
    QWidget *login = waitForWindow(QStringLiteral("loginDialog"));
    REQUIRE(login);
    CHECK(child<QLineEdit>(login, "serverEdit")->text() == server.address().toString());
    CHECK(child<QLineEdit>(login, "userEdit")->text() == kOperator);
    typeText(child<QLineEdit>(login, "passwordEdit"), QStringLiteral("not-the-password"));
    click(child<QPushButton>(login, "loginButton"));
    auto *status = child<QLabel>(login, "loginStatusLabel");
    REQUIRE(waitUntil([&] { return child<QPushButton>(login, "loginButton")->isEnabled(); }));
    CHECK_FALSE(status->text().isEmpty());
    CHECK_FALSE(status->text().startsWith(QStringLiteral("Connecting")));
    CHECK(visibleWindow(QStringLiteral("mainWindow")) == nullptr);

    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    CHECK_FALSE(login->isVisible());
    CHECK(window->windowTitle() == QStringLiteral("网格安监 GridSafe — %1").arg(kOperatorName));

    // Only the grids area is built: it is selected, the others are listed but disabled.
    auto *navigation = child<QListWidget>(window, "navigationList");
    REQUIRE(navigation->count() == 9);
    CHECK(navigation->currentItem()->text() == QStringLiteral("Grids"));
    for (int row = 0; row < navigation->count(); ++row) {
        const QListWidgetItem *item = navigation->item(row);
        INFO(item->text().toStdString());
        CHECK(item->flags().testFlag(Qt::ItemIsEnabled) == (item == navigation->currentItem()));
    }
    REQUIRE(waitUntil(
        [&] { return child<QLabel>(window, "linkStateLabel")->text() == QStringLiteral("Online"); }));
    CHECK(child<QLabel>(window, "lastSyncLabel")->text().startsWith(QStringLiteral("Last sync: ")));
    CHECK(child<QLabel>(window, "outboxLabel")->text().contains(QStringLiteral("Pending: 0")));

    // The region tree shows the district with the operator's town, expanded.
    auto *tree = child<QTreeView>(window, "regionTree");
    REQUIRE(waitUntil([&] { return findText(*tree->model(), kTown).isValid(); }));
    const QModelIndex town = findText(*tree->model(), kTown);
    CHECK(tree->isExpanded(town));
    CHECK(town.parent().data().toString() == QStringLiteral("常州经开区"));

    // Selecting a community shows the grids covering it; selecting the town shows them all.
    auto *table = child<QTableView>(window, "gridTable");
    clickItem(tree, findText(*tree->model(), QStringLiteral("留道社区")));
    REQUIRE(waitUntil([&] { return gridNames(*table->model()) == QStringList{QStringLiteral("留道社区网格")}; }));
    clickItem(tree, town);
    CHECK(tree->currentIndex() == town);
    CHECK(gridNames(*table->model()).size() == 6);
    CHECK(gridNames(*table->model()).contains(QStringLiteral("桥南塘桥网格")));
    const QModelIndex splitGrid = findText(*table->model(), QStringLiteral("桥南塘桥网格"));
    CHECK(splitGrid.siblingAtColumn(GridTableModel::Areas).data().toString()
          == QStringLiteral("桥南村, 塘桥村"));
    CHECK(splitGrid.siblingAtColumn(GridTableModel::Status).data().toString() == QStringLiteral("Active"));

    // An operator may create grids; editing and retiring wait for a selected grid.
    auto *newButton = child<QPushButton>(window, "newGridButton");
    CHECK(newButton->isEnabled());
    CHECK_FALSE(child<QPushButton>(window, "editGridButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(window, "retireGridButton")->isEnabled());
    clickItem(table, splitGrid);
    CHECK(child<QPushButton>(window, "editGridButton")->isEnabled());
    CHECK(child<QPushButton>(window, "retireGridButton")->isEnabled());

    click(newButton);
    QWidget *dialog = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(dialog);
    auto *error = child<QLabel>(dialog, "gridEditError");
    auto *buttons = child<QDialogButtonBox>(dialog, "gridEditButtons");
    auto *areas = child<QListWidget>(dialog, "gridAreaList");
    CHECK(areas->count() == 16); // the villages, communities and parks of 遥观镇

    // Checked on the spot: a name, then at least one area. Nothing goes to the outbox.
    clickOk(buttons);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("must not be empty")));
    typeText(child<QLineEdit>(dialog, "gridNameEdit"), QStringLiteral("测试新网格"));
    clickOk(buttons);
    CHECK(error->text().contains(QStringLiteral("at least one")));
    CHECK(dialog->isVisible());
    CHECK(desktop.app->session().outbox()->pendingCount() == 0);

    QListWidgetItem *area = areas->findItems(QStringLiteral("芳庄社区"), Qt::MatchExactly).value(0);
    REQUIRE(area);
    // A click on the name ticks the area; Space on it toggles it.
    clickItem(areas, areas->indexFromItem(area));
    CHECK(area->checkState() == Qt::Checked);
    QTest::keyClick(areas, Qt::Key_Space);
    CHECK(area->checkState() == Qt::Unchecked);
    QTest::keyClick(areas, Qt::Key_Space);
    REQUIRE(area->checkState() == Qt::Checked);
    clickOk(buttons);
    CHECK_FALSE(visibleWindow(QStringLiteral("gridEditDialog")));

    // Listed at once, then the server applies it, the replica syncs, and it stays selected.
    CHECK(gridNames(*table->model()).contains(QStringLiteral("测试新网格")));
    REQUIRE(waitUntil([&] { return server.hasGrid(QStringLiteral("测试新网格")); }));
    REQUIRE(waitUntil([&] {
        const QModelIndex row = findText(*table->model(), QStringLiteral("测试新网格"));
        return row.isValid() && !row.data(GridTableModel::GridPendingRole).toBool();
    }));
    const QModelIndex created = findText(*table->model(), QStringLiteral("测试新网格"));
    CHECK(created.siblingAtColumn(GridTableModel::Areas).data().toString() == QStringLiteral("芳庄社区"));
    REQUIRE(waitUntil([&] { return table->selectionModel()->isRowSelected(created.row()); }));
    CHECK(desktop.app->session().outbox()->pendingCount() == 0);
    CHECK(server.gridId(QStringLiteral("测试新网格")) > 0);
}

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

TEST_CASE("grids page: retiring a grid needs a reason, hides it unless retired grids are shown, and it can be restored")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    auto *table = child<QTableView>(window, "gridTable");
    REQUIRE(waitUntil([&] { return gridNames(*table->model()).contains(QStringLiteral("留道社区网格")); }));
    clickItem(table, findText(*table->model(), QStringLiteral("留道社区网格")));
    click(child<QPushButton>(window, "retireGridButton"));

    // An empty reason is refused in the dialog; a too long one too, and what was typed stays.
    QWidget *ask = waitForWindow(QStringLiteral("retireGridDialog"));
    REQUIRE(ask);
    auto *reason = child<QPlainTextEdit>(ask, "gridReasonEdit");
    auto *problem = child<QLabel>(ask, "gridReasonError");
    clickOk(child<QDialogButtonBox>(ask, "gridReasonButtons"));
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("must not be empty")));
    const QString tooLong = QString(201, QChar(u'长'));
    reason->setPlainText(tooLong);
    clickOk(child<QDialogButtonBox>(ask, "gridReasonButtons"));
    CHECK(ask->isVisible());
    CHECK(reason->toPlainText() == tooLong);
    CHECK(desktop.app->session().outbox()->pendingCount() == 0);
    reason->setPlainText(QStringLiteral("并入东方村网格"));
    clickOk(child<QDialogButtonBox>(ask, "gridReasonButtons"));

    // Gone from the list at once (pending), and for good once the server confirmed it.
    CHECK(!gridNames(*table->model()).contains(QStringLiteral("留道社区网格")));
    REQUIRE(waitUntil([&] {
        return desktop.app->session().outbox()->entries().isEmpty()
               && child<QLabel>(window, "gridCounts")->text() == QStringLiteral("5 active, 1 retired");
    }));
    CHECK_FALSE(child<QPushButton>(window, "retireGridButton")->isEnabled());

    auto *showRetired = child<QCheckBox>(window, "showRetiredCheck");
    CHECK_FALSE(showRetired->isChecked());
    click(showRetired);
    const QModelIndex retired = findText(*table->model(), QStringLiteral("留道社区网格"));
    REQUIRE(retired.isValid());
    CHECK(retired.siblingAtColumn(GridTableModel::Status).data().toString() == QStringLiteral("Retired"));
    CHECK(retired.data(Qt::ToolTipRole).toString().contains(QStringLiteral("并入东方村网格")));
    CHECK(retired.data(Qt::ForegroundRole).isValid()); // greyed
    clickItem(table, retired);
    CHECK_FALSE(child<QPushButton>(window, "editGridButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(window, "retireGridButton")->isEnabled());

    // A retired grid can be restored, with a reason; it is in use again.
    auto *restore = child<QPushButton>(window, "restoreGridButton");
    REQUIRE(restore->isVisible());
    REQUIRE(restore->isEnabled());
    click(restore);
    QWidget *back = waitForWindow(QStringLiteral("restoreGridDialog"));
    REQUIRE(back);
    child<QPlainTextEdit>(back, "gridReasonEdit")->setPlainText(QStringLiteral("误撤销，恢复"));
    clickOk(child<QDialogButtonBox>(back, "gridReasonButtons"));
    REQUIRE(waitUntil([&] { return server.hasGrid(QStringLiteral("留道社区网格")); }));
    REQUIRE(waitUntil([&] {
        return desktop.app->session().outbox()->entries().isEmpty()
               && child<QLabel>(window, "gridCounts")->text() == QStringLiteral("6 active");
    }));
}

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
    REQUIRE(waitUntil([&] { return gridNames(*table->model()).contains(QStringLiteral("会话过期后的网格")); }));
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

TEST_CASE("grid models: the region tree and grid table pass the model tester through syncs and filters")
{
    TestServer server;
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    Replica &replica = *session.replica();

    RegionTreeModel regions(replica);
    QAbstractItemModelTester regionTester(&regions, QAbstractItemModelTester::FailureReportingMode::Fatal);
    GridTableModel grids(replica, *session.outbox());
    QAbstractItemModelTester gridTester(&grids, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // An operator's replica holds the district and the operator's own town only.
    REQUIRE(regions.rowCount() == 1);
    const QModelIndex district = regions.index(0, 0);
    CHECK(district.data().toString() == QStringLiteral("常州经开区"));
    CHECK_FALSE(district.data(RegionTreeModel::TownIdRole).isValid());
    REQUIRE(regions.rowCount(district) == 1);
    const QModelIndex town = regions.index(0, 0, district);
    CHECK(town.data().toString() == kTown);
    CHECK(regions.rowCount(town) == 16);
    const qint64 townId = town.data(RegionTreeModel::RegionIdRole).toLongLong();
    CHECK(regions.index(3, 0, town).data(RegionTreeModel::TownIdRole).toLongLong() == townId);
    CHECK(regions.indexOfRegion(townId) == town);

    CHECK(grids.rowCount() == 0); // no town chosen yet
    grids.setTown(townId);
    CHECK(grids.rowCount() == 6);
    CHECK(grids.columnCount() == GridTableModel::ColumnCount);
    CHECK(grids.headerData(GridTableModel::Areas, Qt::Horizontal).toString() == QStringLiteral("Areas"));

    // A change made elsewhere arrives through the replica and the models follow.
    QCborMap args;
    args.insert(QStringLiteral("gridId"), server.gridId(QStringLiteral("渔庄村网格")));
    args.insert(QStringLiteral("revision"), 1);
    args.insert(QStringLiteral("reason"), QStringLiteral("测试"));
    REQUIRE(session.submit(QStringLiteral("grid.retire"), args, QStringLiteral("retire")));
    REQUIRE(waitUntil(
        [&] { return grids.rowCount() == 5 && grids.retiredCount() == 1 && session.outbox()->entries().isEmpty(); }));
    CHECK(grids.retiredCount() == 1);
    grids.setShowRetired(true);
    CHECK(grids.rowCount() == 6);
    CHECK(grids.index(5, GridTableModel::Status).data().toString() == QStringLiteral("Retired"));
    grids.setTown(std::nullopt);
    CHECK(grids.rowCount() == 0);
}

TEST_CASE("refusal: a grid the server refused reopens in its dialog with the user's values and is sent again")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    ClientSession &session = desktop.app->session();

    // A name the town already uses, sent past the dialog's own check: the server refuses it.
    QCborMap args;
    args.insert(QStringLiteral("townId"), server.regionId(kTown));
    args.insert(QStringLiteral("name"), QStringLiteral("渔庄村网格"));
    args.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(QStringLiteral("渔庄村"))});
    REQUIRE(session.submit(QStringLiteral("grid.create"), args, QStringLiteral("新建网格 渔庄村网格")));

    // It comes back in the grid dialog, with the name, the ticked area and the reason.
    QWidget *dialog = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(dialog);
    CHECK(visibleWindow(QStringLiteral("commandRejectedBox")) == nullptr);
    auto *nameEdit = child<QLineEdit>(dialog, "gridNameEdit");
    CHECK(nameEdit->text() == QStringLiteral("渔庄村网格"));
    auto *areas = child<QListWidget>(dialog, "gridAreaList");
    QListWidgetItem *area = areas->findItems(QStringLiteral("渔庄村"), Qt::MatchStartsWith).value(0);
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

TEST_CASE("outbox: a refused change is corrected or discarded there, and resending it unchanged is not offered")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    ClientSession &session = desktop.app->session();

    QCborMap args;
    args.insert(QStringLiteral("townId"), server.regionId(kTown));
    args.insert(QStringLiteral("name"), QStringLiteral("渔庄村网格"));
    args.insert(QStringLiteral("areaIds"), QCborArray{server.regionId(QStringLiteral("渔庄村"))});
    REQUIRE(session.submit(QStringLiteral("grid.create"), args, QStringLiteral("新建网格 渔庄村网格")));
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
    clickItem(areas, areas->indexFromItem(areas->findItems(QStringLiteral("芳庄社区"), Qt::MatchExactly).value(0)));
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

TEST_CASE("offline: the app opens from the replica with the server down, and grids created and edited offline apply without conflict")
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
    clickItem(areas, areas->indexFromItem(areas->findItems(QStringLiteral("芳庄社区"), Qt::MatchExactly).value(0)));
    typeText(child<QLineEdit>(dialog, "gridNameEdit"), QStringLiteral("离线新网格"));
    clickOk(child<QDialogButtonBox>(dialog, "gridEditButtons"));
    REQUIRE(waitUntil([&] { return gridNames(*table->model()).contains(QStringLiteral("离线新网格")); }));
    QModelIndex created = findText(*table->model(), QStringLiteral("离线新网格"));
    CHECK(created.siblingAtColumn(GridTableModel::Status).data().toString().contains(QStringLiteral("pending")));
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
    for (const auto &[from, to] : {std::pair{QStringLiteral("渔庄村网格"), QStringLiteral("渔庄村一网格")},
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

TEST_CASE("region tree: a town operator adds a park to the town and renames it")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    auto *tree = child<QTreeView>(window, "regionTree");
    RegionTreeActions &actions = window->gridsPage().regionActions();

    // On a village only renaming is offered; on the town, adding an area too.
    clickItem(tree, findText(*tree->model(), QStringLiteral("渔庄村")));
    CHECK_FALSE(actions.canAddArea());
    CHECK(actions.canRename());
    clickItem(tree, findText(*tree->model(), kTown));
    REQUIRE(actions.canAddArea());

    actions.addArea();
    QWidget *dialog = waitForWindow(QStringLiteral("regionEditDialog"));
    REQUIRE(dialog);
    auto *save = child<QDialogButtonBox>(dialog, "regionEditButtons");
    click(save->button(QDialogButtonBox::Save));
    CHECK(child<QLabel>(dialog, "regionEditError")->isVisible()); // no name yet
    typeText(child<QLineEdit>(dialog, "regionNameEdit"), QStringLiteral("遥观新材料产业园"));
    auto *kind = child<QComboBox>(dialog, "regionKindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("park")));
    typeText(child<QLineEdit>(dialog, "regionCodeEdit"), QStringLiteral("3204"));
    click(save->button(QDialogButtonBox::Save));
    CHECK(child<QLabel>(dialog, "regionEditError")->text().contains(QStringLiteral("12")));
    typeText(child<QLineEdit>(dialog, "regionCodeEdit"), QString());
    click(save->button(QDialogButtonBox::Save));
    REQUIRE(
        waitUntil([&] { return findText(*tree->model(), QStringLiteral("遥观新材料产业园")).isValid(); }));
    const QModelIndex park = findText(*tree->model(), QStringLiteral("遥观新材料产业园"));
    CHECK(park.parent() == findText(*tree->model(), kTown));

    clickItem(tree, park);
    actions.rename();
    QWidget *renameDialog = waitForWindow(QStringLiteral("regionEditDialog"));
    REQUIRE(renameDialog);
    typeText(child<QLineEdit>(renameDialog, "regionNameEdit"), QStringLiteral("遥观新材料产业园区"));
    click(child<QDialogButtonBox>(renameDialog, "regionEditButtons")->button(QDialogButtonBox::Save));
    REQUIRE(
        waitUntil([&] { return findText(*tree->model(), QStringLiteral("遥观新材料产业园区")).isValid(); }));
    CHECK_FALSE(findText(*tree->model(), QStringLiteral("遥观新材料产业园")).isValid());
}

TEST_CASE("grid table: grids sort by pinyin, and a click on a column header sorts by that column")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    auto *table = child<QTableView>(window, "gridTable");
    QAbstractItemModel *model = table->model();
    REQUIRE(waitUntil([&] { return model->rowCount() == 6; }));
    const auto names = [&] {
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown.append(model->index(row, GridTableModel::Name).data().toString());
        return shown;
    };
    // liu < qiao < yu, though 留 (U+7559) comes after 桥 (U+6865) and 渔 (U+6E14) by code point.
    const QStringList ascending = names();
    CHECK(ascending.indexOf(QStringLiteral("留道社区网格"))
          < ascending.indexOf(QStringLiteral("桥南塘桥网格")));
    CHECK(ascending.indexOf(QStringLiteral("桥南塘桥网格"))
          < ascending.indexOf(QStringLiteral("渔庄村网格")));
    CHECK(ascending.first().startsWith(QStringLiteral("东方村")));
    // Clicking the name header again reverses the order.
    QHeaderView *header = table->horizontalHeader();
    const QPoint nameHeader(header->sectionViewportPosition(GridTableModel::Name) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(names() == reversed);
    // The areas column sorts by the covered areas' names: 东方村 (dong) first.
    const QPoint areasHeader(header->sectionViewportPosition(GridTableModel::Areas) + 5,
                             header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, areasHeader);
    CHECK(model->index(0, GridTableModel::Areas).data().toString() == QStringLiteral("东方村"));
}

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
    INFO("again " << again->width() << "x" << again->height() << " min " << again->minimumSizeHint().width() << "x"
                  << again->minimumSizeHint().height());
    CHECK(again->size() == chosen);
    CHECK(child<QSplitter>(again, "gridsSplitter")->sizes() == dragged);
}

TEST_CASE("keyboard: Ctrl+N, F2, Enter, Delete, Ctrl+F and Esc work on the grids page, and Tab leaves the table")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    auto *table = child<QTableView>(window, "gridTable");
    REQUIRE(waitUntil([&] { return gridNames(*table->model()).size() == 6; }));
    window->activateWindow();

    // Ctrl+N opens a new grid; Esc closes it and nothing is queued.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QWidget *dialog = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(dialog);
    CHECK(dialog->windowTitle().contains(kTown));
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("gridEditDialog")) == nullptr; }));

    // F2 and Enter edit the selected row.
    clickItem(table, findText(*table->model(), QStringLiteral("渔庄村网格")));
    QTest::keyClick(table, Qt::Key_F2);
    dialog = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(dialog, "gridNameEdit")->text() == QStringLiteral("渔庄村网格"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("gridEditDialog")) == nullptr; }));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    dialog = waitForWindow(QStringLiteral("gridEditDialog"));
    REQUIRE(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("gridEditDialog")) == nullptr; }));

    // Delete asks why the grid is retired; Enter there does not retire it.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QWidget *retire = waitForWindow(QStringLiteral("retireGridDialog"));
    REQUIRE(retire);
    QTest::keyClick(child<QPlainTextEdit>(retire, "gridReasonEdit"), Qt::Key_Return);
    CHECK(retire->isVisible());
    QTest::keyClick(retire, Qt::Key_Escape);
    REQUIRE(waitUntil([] { return visibleWindow(QStringLiteral("retireGridDialog")) == nullptr; }));
    CHECK(desktop.app->session().outbox()->entries().isEmpty());

    // Ctrl+F goes to the search box; typing filters by name or village.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(window, "gridSearchEdit");
    REQUIRE(waitUntil([&] { return search->hasFocus(); }));
    // Delete in the search box edits text; it does not retire a grid.
    QTest::keyClick(search, Qt::Key_Delete);
    CHECK(visibleWindow(QStringLiteral("retireGridDialog")) == nullptr);
    typeText(search, QStringLiteral("塘桥"));
    REQUIRE(waitUntil([&] { return gridNames(*table->model()) == QStringList{QStringLiteral("桥南塘桥网格")}; }));
    CHECK(child<QLabel>(window, "gridCounts")->text().startsWith(QStringLiteral("1 shown")));
    typeText(search, QString());
    REQUIRE(waitUntil([&] { return gridNames(*table->model()).size() == 6; }));

    // Tab leaves the table for the next control instead of walking its cells.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK_FALSE(table->hasFocus());
}

TEST_CASE("grids page: a village selected in the tree shows the grids covering it; villages in no grid are marked and counted")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    auto *tree = child<QTreeView>(window, "regionTree");
    auto *table = child<QTableView>(window, "gridTable");
    const QModelIndex village = findText(*tree->model(), QStringLiteral("塘桥村"));
    REQUIRE(village.isValid());
    clickItem(tree, village);
    REQUIRE(waitUntil([&] { return gridNames(*table->model()) == QStringList{QStringLiteral("桥南塘桥网格")}; }));
    CHECK(child<QLabel>(window, "gridHeading")->text().contains(QStringLiteral("塘桥村")));

    // 建农村 is in no grid of the demo data: marked, and counted on the page.
    const QModelIndex uncovered = findText(*tree->model(), QStringLiteral("建农村"));
    CHECK(uncovered.data(RegionTreeModel::UncoveredRole).toBool());
    CHECK_FALSE(village.data(RegionTreeModel::UncoveredRole).toBool());
    auto *count = child<QLabel>(window, "uncoveredLabel");
    const QString before = count->text();
    CHECK(before.startsWith(QStringLiteral("10 ")));

    // A grid over it, even one still waiting to be sent, takes the mark away.
    queueGridWhileOffline(server, desktop.app->session(), QStringLiteral("建农村网格"), QStringLiteral("建农村"));
    REQUIRE(waitUntil([&] { return !findText(*tree->model(), QStringLiteral("建农村")).data(RegionTreeModel::UncoveredRole).toBool(); }));
    clickItem(tree, findText(*tree->model(), kTown));
    REQUIRE(waitUntil([&] { return count->text().startsWith(QStringLiteral("9 ")); }));
}

TEST_CASE("shell: the menus hold the page's actions, the about box names the server and its fingerprint, and logging out forgets the session")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    CHECK_FALSE(window->windowIcon().isNull());
    for (const char *menu : {"fileMenu", "gridsMenu", "userMenu", "settingsMenu", "helpMenu"})
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
    queueGridWhileOffline(server, desktop.app->session(), QStringLiteral("退出前的网格"), QStringLiteral("建农村"));
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

TEST_CASE("admin users: an administrator sees the accounts, creates one checked on the spot, resets a password and disables it")
{
    TestServer server;
    Desktop desktop(server, true, QStringLiteral("admin"));
    MainWindow *window = desktop.logIn(QStringLiteral("gridsafe-admin"));
    REQUIRE(window);
    REQUIRE(window->settingsPage());
    auto *users = child<QTableView>(window, "userTable");
    REQUIRE(waitUntil([&] { return findText(*users->model(), QStringLiteral("yaoguan")).isValid(); }));
    const QModelIndex operatorRow = findText(*users->model(), QStringLiteral("yaoguan"));
    CHECK(operatorRow.siblingAtColumn(UserTableModel::Town).data().toString() == kTown);
    // The operator has not logged in on this server yet.
    CHECK(operatorRow.siblingAtColumn(UserTableModel::LastLogin).data().toString() == QStringLiteral("Never"));
    // The administrator's own login shows at once.
    REQUIRE(waitUntil([&] {
        return findText(*users->model(), QStringLiteral("admin")).siblingAtColumn(UserTableModel::LastLogin).data()
                   .toString() != QStringLiteral("Never");
    }));

    click(child<QPushButton>(window, "newUserButton"));
    QWidget *dialog = waitForWindow(QStringLiteral("userEditDialog"));
    REQUIRE(dialog);
    auto *error = child<QLabel>(dialog, "userEditError");
    auto *buttons = child<QDialogButtonBox>(dialog, "userEditButtons");
    // Checked in the dialog: a name in use, a short password, two different passwords.
    typeText(child<QLineEdit>(dialog, "userNameEdit"), QStringLiteral("YaoGuan"));
    typeText(child<QLineEdit>(dialog, "userDisplayNameEdit"), QStringLiteral("新办事员"));
    typeText(child<QLineEdit>(dialog, "userPasswordEdit"), QStringLiteral("short"));
    clickOk(buttons);
    CHECK(error->text().contains(QStringLiteral("yaoguan")));
    typeText(child<QLineEdit>(dialog, "userNameEdit"), QStringLiteral("clerk.wang"));
    clickOk(buttons);
    CHECK(error->text().contains(QStringLiteral("10")));
    typeText(child<QLineEdit>(dialog, "userPasswordEdit"), QStringLiteral("clerk-password-1"));
    typeText(child<QLineEdit>(dialog, "userPasswordConfirmEdit"), QStringLiteral("clerk-password-2"));
    clickOk(buttons);
    CHECK(error->text().contains(QStringLiteral("differ")));
    CHECK(desktop.app->session().outbox()->entries().isEmpty());
    typeText(child<QLineEdit>(dialog, "userPasswordConfirmEdit"), QStringLiteral("clerk-password-1"));
    auto *town = child<QComboBox>(dialog, "userTownCombo");
    town->setCurrentIndex(town->findText(kTown));
    clickOk(buttons);
    REQUIRE(waitUntil([&] { return findText(*users->model(), QStringLiteral("clerk.wang")).isValid(); }));
    REQUIRE(waitUntil([&] {
        const QModelIndex row = findText(*users->model(), QStringLiteral("clerk.wang"));
        return row.isValid() && !row.data(UserTableModel::PendingRole).toBool() && row.data(UserTableModel::UserIdRole).toLongLong() > 0;
    }));

    // Reset the new account's password, then disable it (asked first; Cancel is the default).
    clickItem(users, findText(*users->model(), QStringLiteral("clerk.wang")));
    click(child<QPushButton>(window, "resetPasswordButton"));
    QWidget *reset = waitForWindow(QStringLiteral("passwordResetDialog"));
    REQUIRE(reset);
    typeText(child<QLineEdit>(reset, "resetPasswordEdit"), QStringLiteral("another-password-1"));
    typeText(child<QLineEdit>(reset, "resetPasswordConfirmEdit"), QStringLiteral("another-password-1"));
    clickOk(child<QDialogButtonBox>(reset, "resetPasswordButtons"));
    REQUIRE(waitUntil([&] { return desktop.app->session().outbox()->entries().isEmpty(); }));

    clickItem(users, findText(*users->model(), QStringLiteral("clerk.wang")));
    click(child<QPushButton>(window, "disableUserButton"));
    auto *confirm = qobject_cast<QMessageBox *>(waitForWindow(QStringLiteral("disableUserConfirm")));
    REQUIRE(confirm);
    CHECK(confirm->defaultButton() == confirm->button(QMessageBox::Cancel));
    for (QAbstractButton *button : confirm->buttons()) {
        if (confirm->buttonRole(button) == QMessageBox::AcceptRole)
            click(button);
    }
    REQUIRE(waitUntil([&] {
        const QModelIndex row = findText(*users->model(), QStringLiteral("clerk.wang"));
        return row.siblingAtColumn(UserTableModel::Status).data().toString() == QStringLiteral("Disabled");
    }));
    // The administrator cannot disable their own account from here.
    clickItem(users, findText(*users->model(), QStringLiteral("admin")));
    CHECK_FALSE(child<QPushButton>(window, "disableUserButton")->isEnabled());
}

TEST_CASE("admin users: other roles have no settings page and their replicas hold no accounts")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    CHECK(window->settingsPage() == nullptr);
    CHECK(desktop.app->session().replica()->users().isEmpty());
}

TEST_CASE("change password: a wrong current password comes back in the dialog; the right one changes it and this session goes on")
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
        return again && child<QLabel>(again, "changePasswordError")->text().contains(QStringLiteral("current password"));
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

TEST_CASE("admin regions: on an empty database the administrator creates the district, a town and imports its villages from CSV")
{
    TestServer server(false);
    {
        // A fresh deployment: one administrator, made on the console, and nothing else.
        User admin;
        admin.username = QStringLiteral("admin");
        admin.displayName = QStringLiteral("系统管理员");
        admin.role = Role::Admin;
        admin.passwordHash = server.core().hasher().hash(QStringLiteral("gridsafe-admin"));
        REQUIRE(UserRepository(server.core().database().sql()).insert(admin, QStringLiteral("2026-11-29T00:00:00Z")));
    }
    Desktop desktop(server, true, QStringLiteral("admin"));
    MainWindow *window = desktop.logIn(QStringLiteral("gridsafe-admin"));
    REQUIRE(window);
    REQUIRE(window->settingsPage());
    // The grids page says where to start instead of showing an empty table.
    CHECK(child<QLabel>(window, "gridsEmptyState")->isVisible());
    CHECK(child<QLabel>(window, "gridsEmptyState")->text().contains(QStringLiteral("Settings › Regions")));
    CHECK_FALSE(child<QTableView>(window, "gridTable")->isVisible());
    // 设置 opens on the regions: nothing else works without them.
    auto *navigation = child<QListWidget>(window, "navigationList");
    clickItem(navigation, findText(*navigation->model(), QStringLiteral("Settings")));
    RegionsPanel &panel = window->settingsPage()->regionsPanel();
    REQUIRE(waitUntil([&] { return panel.isVisible(); }));
    CHECK(child<QLabel>(&panel, "regionsEmptyLabel")->isVisible());
    CHECK_FALSE(child<QPushButton>(&panel, "importRegionsButton")->isEnabled());

    click(child<QPushButton>(&panel, "createDistrictButton"));
    QWidget *dialog = waitForWindow(QStringLiteral("regionEditDialog"));
    REQUIRE(dialog);
    typeText(child<QLineEdit>(dialog, "regionNameEdit"), QStringLiteral("常州经开区"));
    typeText(child<QLineEdit>(dialog, "regionCodeEdit"), QStringLiteral("3204"));
    click(child<QDialogButtonBox>(dialog, "regionEditButtons")->button(QDialogButtonBox::Save));
    // Four digits of six: said in the dialog, nothing queued.
    CHECK(child<QLabel>(dialog, "regionEditError")->text().contains(QStringLiteral("6")));
    typeText(child<QLineEdit>(dialog, "regionCodeEdit"), QStringLiteral("320412"));
    click(child<QDialogButtonBox>(dialog, "regionEditButtons")->button(QDialogButtonBox::Save));
    auto *tree = child<QTreeView>(&panel, "adminRegionTree");
    REQUIRE(waitUntil([&] { return findText(*tree->model(), QStringLiteral("常州经开区")).isValid(); }));
    REQUIRE(waitUntil([&] { return child<QPushButton>(&panel, "addTownButton")->isEnabled(); }));

    click(child<QPushButton>(&panel, "addTownButton"));
    dialog = waitForWindow(QStringLiteral("regionEditDialog"));
    REQUIRE(dialog);
    typeText(child<QLineEdit>(dialog, "regionNameEdit"), QStringLiteral("遥观镇"));
    typeText(child<QLineEdit>(dialog, "regionCodeEdit"), QStringLiteral("320412104"));
    click(child<QDialogButtonBox>(dialog, "regionEditButtons")->button(QDialogButtonBox::Save));
    REQUIRE(waitUntil([&] { return findText(*tree->model(), QStringLiteral("遥观镇")).isValid(); }));

    // The villages come from a CSV list, as the office keeps it.
    QTemporaryDir files;
    const QString path = QDir(files.path()).filePath(QStringLiteral("遥观镇区划.csv"));
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write(QByteArrayLiteral("\xEF\xBB\xBF区划代码,名称,类型,上级\r\n320412104200,渔庄村,村,遥观镇\r\n"
                                "320412104201,建农村,村,遥观镇\r\n,遥观工业集中区,园区,遥观镇\r\n"));
    csv.close();
    REQUIRE(panel.importFile(path));
    REQUIRE(waitUntil([&] { return findText(*tree->model(), QStringLiteral("遥观工业集中区")).isValid(); }));
    REQUIRE(waitUntil([&] {
        return child<QLabel>(&panel, "regionsMessage")->text().contains(QStringLiteral("3 created"));
    }));
    // A new village is in no grid yet: marked.
    CHECK(findText(*tree->model(), QStringLiteral("渔庄村")).data(RegionTreeModel::UncoveredRole).toBool());
}
