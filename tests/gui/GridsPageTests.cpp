// The grids page: grids created, retired and restored, sorting, the village filter and marks, the keyboard.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "ui/DesktopApp.h"
#include "ui/MainWindow.h"
#include "ui/grids/GridTableModel.h"
#include "ui/grids/RegionTreeModel.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
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

    // The grids area is selected; the areas not built yet are listed but disabled.
    auto *navigation = child<QListWidget>(window, "navigationList");
    REQUIRE(navigation->count() == 9);
    CHECK(navigation->currentItem()->text() == QStringLiteral("Grids"));
    for (int row = 0; row < navigation->count(); ++row) {
        const QListWidgetItem *item = navigation->item(row);
        INFO(item->text().toStdString());
        // The areas built so far: the grids, the coverage dashboard, the inspectors and the
        // enterprise register.
        const bool built = item == navigation->currentItem() || item->text() == QStringLiteral("Dashboard")
                           || item->text() == QStringLiteral("Inspectors")
                           || item->text() == QStringLiteral("Enterprises");
        CHECK(item->flags().testFlag(Qt::ItemIsEnabled) == built);
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
    REQUIRE(
        waitUntil([&] { return gridNames(*table->model()) == QStringList{QStringLiteral("留道社区网格")}; }));
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

TEST_CASE("grids page: retiring a grid needs a reason, hides it unless retired grids are shown, and it can "
          "be restored")
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
    // The counts have room to show beside the heading (they once got squeezed to nothing).
    auto *counts = child<QLabel>(window, "gridCounts");
    CHECK(counts->isVisible());
    CHECK(counts->width() >= counts->fontMetrics().horizontalAdvance(counts->text()));
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

TEST_CASE(
    "keyboard: Ctrl+N, F2, Enter, Delete, Ctrl+F and Esc work on the grids page, and Tab leaves the table")
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
    REQUIRE(
        waitUntil([&] { return gridNames(*table->model()) == QStringList{QStringLiteral("桥南塘桥网格")}; }));
    CHECK(child<QLabel>(window, "gridCounts")->text().startsWith(QStringLiteral("1 shown")));
    typeText(search, QString());
    REQUIRE(waitUntil([&] { return gridNames(*table->model()).size() == 6; }));

    // Tab leaves the table for the next control instead of walking its cells.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Tab);
    CHECK_FALSE(table->hasFocus());
}

TEST_CASE("grids page: a village selected in the tree shows the grids covering it; villages in no grid are "
          "marked and counted")
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
    REQUIRE(
        waitUntil([&] { return gridNames(*table->model()) == QStringList{QStringLiteral("桥南塘桥网格")}; }));
    CHECK(child<QLabel>(window, "gridHeading")->text().contains(QStringLiteral("塘桥村")));

    // 建农村 is in no grid of the demo data: marked, and counted on the page.
    const QModelIndex uncovered = findText(*tree->model(), QStringLiteral("建农村"));
    CHECK(uncovered.data(RegionTreeModel::UncoveredRole).toBool());
    CHECK_FALSE(village.data(RegionTreeModel::UncoveredRole).toBool());
    auto *count = child<QLabel>(window, "uncoveredLabel");
    const QString before = count->text();
    CHECK(before.startsWith(QStringLiteral("10 ")));

    // A grid over it, even one still waiting to be sent, takes the mark away.
    queueGridWhileOffline(server, desktop.app->session(), QStringLiteral("建农村网格"),
                          QStringLiteral("建农村"));
    REQUIRE(waitUntil([&] {
        return !findText(*tree->model(), QStringLiteral("建农村"))
                    .data(RegionTreeModel::UncoveredRole)
                    .toBool();
    }));
    clickItem(tree, findText(*tree->model(), kTown));
    REQUIRE(waitUntil([&] { return count->text().startsWith(QStringLiteral("9 ")); }));
}

TEST_CASE("grids page: a grid inspector who signs in sees exactly the grids they hold")
{
    TestServer server;
    const qint64 townId = server.regionId(kTown);
    Desktop desktop(server, true, QStringLiteral("zhangwei"));
    MainWindow *window = desktop.logIn(QStringLiteral("gridsafe-inspect"));
    REQUIRE(window);
    auto *table = child<QTableView>(window, "gridTable");
    auto *empty = child<QLabel>(window, "gridsEmptyState");
    // Not linked to an inspector record yet: no grid is theirs.
    REQUIRE(waitUntil(
        [&] { return empty->isVisible() && empty->text().contains(QStringLiteral("in your charge")); }));

    // The office links the account to a record and gives that inspector a grid.
    const qint64 account = desktop.app->session().user().id;
    const qint64 inspector = server
                                 .run(QStringLiteral("admin"), "inspector.create",
                                      {{QStringLiteral("townId"), townId},
                                       {QStringLiteral("name"), QStringLiteral("张伟")},
                                       {QStringLiteral("phone"), QStringLiteral("13800000079")},
                                       {QStringLiteral("kind"), QStringLiteral("safetyOfficer")},
                                       {QStringLiteral("userId"), account}})
                                 .value(QStringLiteral("inspectorId"))
                                 .toInteger();
    QCborMap exam = server.run(QStringLiteral("admin"), "exam.record",
                               {{QStringLiteral("inspectorId"), inspector},
                                {QStringLiteral("takenOn"), QStringLiteral("2026-03-01")},
                                {QStringLiteral("subject"), QStringLiteral("上岗考核")},
                                {QStringLiteral("score"), 90},
                                {QStringLiteral("passMark"), 60}});
    server.run(QStringLiteral("admin"), "certificate.issue",
               {{QStringLiteral("inspectorId"), inspector},
                {QStringLiteral("examId"), exam.value(QStringLiteral("examId"))},
                {QStringLiteral("number"), QStringLiteral("WGY-Z0001")},
                {QStringLiteral("issuedOn"), QStringLiteral("2026-03-01")},
                {QStringLiteral("validUntil"), QStringLiteral("2029-02-28")}});
    server.assignInspector(QStringLiteral("渔庄村网格"), inspector);
    REQUIRE(
        waitUntil([&] { return gridNames(*table->model()) == QStringList{QStringLiteral("渔庄村网格")}; }));
    CHECK(table->isVisible());
}
