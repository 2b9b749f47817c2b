// Staffing grids from the grids page: only certified inspectors can be chosen, a second grid
// needs a reason, a refusal reopens the dialog with the choice, and relieving needs a reason.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "domain/CommandName.h"
#include "ui/MainWindow.h"
#include "ui/grids/GridTableModel.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

QString inspectorShown(const QAbstractItemModel &model, const QString &grid)
{
    const QModelIndex row = findText(model, grid, GridTableModel::Name);
    return row.isValid() ? row.siblingAtColumn(GridTableModel::Inspector).data().toString() : QString();
}

QListWidgetItem *itemOf(QListWidget *list, const QString &name)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(name))
            return list->item(row);
    return nullptr;
}

QWidget *openAssignDialog(MainWindow *window, const QString &grid)
{
    auto *table = child<QTableView>(window, "gridTable");
    REQUIRE(waitUntil([&] { return findText(*table->model(), grid, GridTableModel::Name).isValid(); }));
    clickItem(table, findText(*table->model(), grid, GridTableModel::Name));
    auto *assign = child<QPushButton>(window, "assignInspectorButton");
    REQUIRE(assign->isEnabled());
    click(assign);
    return waitForWindow(QStringLiteral("assignInspectorDialog"));
}

qint64 uncertifiedInspector(TestServer &server, const QString &name)
{
    QCborMap args;
    args.insert(QStringLiteral("townId"), server.regionId(kTown));
    args.insert(QStringLiteral("name"), name);
    args.insert(QStringLiteral("phone"), QStringLiteral("13800000077"));
    args.insert(QStringLiteral("kind"), QStringLiteral("safetyOfficer"));
    return server.run(QStringLiteral("admin"), cmd::kInspectorCreate, args)
        .value(QStringLiteral("inspectorId"))
        .toInteger();
}

} // namespace

TEST_CASE("grid assignment: only a certified inspector can be chosen, and the grid shows them")
{
    TestServer server;
    server.certifiedInspector(kTown, QStringLiteral("张伟"));
    uncertifiedInspector(server, QStringLiteral("王芳"));
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    auto *table = child<QTableView>(window, "gridTable");
    QWidget *dialog = openAssignDialog(window, QStringLiteral("渔庄村网格"));
    REQUIRE(dialog);
    auto *list = child<QListWidget>(dialog, "assignInspectorList");
    QListWidgetItem *certified = itemOf(list, QStringLiteral("张伟"));
    QListWidgetItem *uncertified = itemOf(list, QStringLiteral("王芳"));
    REQUIRE(certified);
    REQUIRE(uncertified);
    CHECK(list->row(certified) < list->row(uncertified)); // the assignable first
    CHECK_FALSE(uncertified->flags() & Qt::ItemIsEnabled);
    CHECK(uncertified->text().contains(QStringLiteral("no valid certificate")));
    auto *ok = child<QDialogButtonBox>(dialog, "assignButtons")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // nothing chosen yet

    // The search narrows the list; the choice needs no reason (a first grid).
    typeText(child<QLineEdit>(dialog, "assignSearchEdit"), QStringLiteral("张"));
    CHECK(uncertified->isHidden());
    list->setCurrentItem(certified);
    CHECK_FALSE(child<QLineEdit>(dialog, "assignOverrideEdit")->isVisible());
    click(ok);
    CHECK_FALSE(visibleWindow(QStringLiteral("assignInspectorDialog")));
    // Shown at once (queued), confirmed by the server after.
    CHECK(inspectorShown(*table->model(), QStringLiteral("渔庄村网格")).startsWith(QStringLiteral("张伟")));
    REQUIRE(waitUntil([&] {
        return desktop.app->session().outbox()->entries().isEmpty()
               && inspectorShown(*table->model(), QStringLiteral("渔庄村网格")) == QStringLiteral("张伟");
    }));
}

TEST_CASE("grid assignment: a second grid for one inspector needs a reason typed in the dialog")
{
    TestServer server;
    const qint64 zhang = server.certifiedInspector(kTown, QStringLiteral("张伟"));
    server.assignInspector(QStringLiteral("渔庄村网格"), zhang);
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    QWidget *dialog = openAssignDialog(window, QStringLiteral("留道社区网格"));
    REQUIRE(dialog);
    auto *list = child<QListWidget>(dialog, "assignInspectorList");
    REQUIRE(waitUntil([&] { return itemOf(list, QStringLiteral("张伟")) != nullptr; }));
    list->setCurrentItem(itemOf(list, QStringLiteral("张伟")));
    auto *reason = child<QLineEdit>(dialog, "assignOverrideEdit");
    REQUIRE(reason->isVisible());
    CHECK(child<QLabel>(dialog, "assignOverrideLabel")->text().contains(QStringLiteral("渔庄村网格")));

    // Without a reason the dialog stays and says so; with one the grid is staffed.
    clickOk(child<QDialogButtonBox>(dialog, "assignButtons"));
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "assignErrorLabel")->text().contains(QStringLiteral("must not be empty")));
    CHECK(desktop.app->session().outbox()->pendingCount() == 0);
    typeText(reason, QStringLiteral("留道社区安管员产假至五月"));
    clickOk(child<QDialogButtonBox>(dialog, "assignButtons"));
    CHECK_FALSE(dialog->isVisible());
    auto *table = child<QTableView>(window, "gridTable");
    REQUIRE(waitUntil([&] {
        return desktop.app->session().outbox()->entries().isEmpty()
               && inspectorShown(*table->model(), QStringLiteral("留道社区网格")) == QStringLiteral("张伟");
    }));
}

TEST_CASE("grid assignment refused by the server reopens with the inspector chosen and the reason typed")
{
    TestServer server;
    const qint64 zhang = server.certifiedInspector(kTown, QStringLiteral("张伟"));
    const qint64 li = server.certifiedInspector(kTown, QStringLiteral("李强"));
    server.assignInspector(QStringLiteral("留道社区网格"), li);
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    QWidget *dialog = openAssignDialog(window, QStringLiteral("渔庄村网格"));
    REQUIRE(dialog);
    auto *list = child<QListWidget>(dialog, "assignInspectorList");
    list->setCurrentItem(itemOf(list, QStringLiteral("李强")));
    typeText(child<QLineEdit>(dialog, "assignOverrideEdit"), QStringLiteral("临时兼管"));

    // Meanwhile someone else staffs the grid: the dialog's revision is stale.
    server.assignInspector(QStringLiteral("渔庄村网格"), zhang);
    auto *table = child<QTableView>(window, "gridTable");
    REQUIRE(waitUntil([&] {
        return inspectorShown(*table->model(), QStringLiteral("渔庄村网格")) == QStringLiteral("张伟");
    }));
    clickOk(child<QDialogButtonBox>(dialog, "assignButtons"));
    QWidget *reopened = nullptr;
    REQUIRE(waitUntil([&] {
        reopened = visibleWindow(QStringLiteral("assignInspectorDialog"));
        return reopened != nullptr;
    }));
    auto *again = child<QListWidget>(reopened, "assignInspectorList");
    REQUIRE(again->currentItem());
    CHECK(again->currentItem()->text().startsWith(QStringLiteral("李强")));
    CHECK(child<QLineEdit>(reopened, "assignOverrideEdit")->text() == QStringLiteral("临时兼管"));
    CHECK(child<QLabel>(reopened, "assignErrorLabel")->text().contains(QStringLiteral("refused")));
    CHECK(itemOf(again, QStringLiteral("张伟"))->text().contains(QStringLiteral("responsible now")));

    // Sent again from the reopened dialog, it applies over the newer state.
    clickOk(child<QDialogButtonBox>(reopened, "assignButtons"));
    REQUIRE(waitUntil([&] {
        return desktop.app->session().outbox()->entries().isEmpty()
               && inspectorShown(*table->model(), QStringLiteral("渔庄村网格")) == QStringLiteral("李强");
    }));
}

TEST_CASE("grid assignment: relieving the inspector needs a reason and leaves the grid without one")
{
    TestServer server;
    server.assignInspector(QStringLiteral("渔庄村网格"),
                           server.certifiedInspector(kTown, QStringLiteral("张伟")));
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    auto *table = child<QTableView>(window, "gridTable");
    REQUIRE(waitUntil([&] {
        return inspectorShown(*table->model(), QStringLiteral("渔庄村网格")) == QStringLiteral("张伟");
    }));
    clickItem(table, findText(*table->model(), QStringLiteral("渔庄村网格"), GridTableModel::Name));
    click(child<QPushButton>(window, "unassignInspectorButton"));
    QWidget *ask = waitForWindow(QStringLiteral("unassignInspectorDialog"));
    REQUIRE(ask);
    clickOk(child<QDialogButtonBox>(ask, "gridReasonButtons"));
    CHECK(ask->isVisible());
    child<QPlainTextEdit>(ask, "gridReasonEdit")->setPlainText(QStringLiteral("调任镇应急办"));
    clickOk(child<QDialogButtonBox>(ask, "gridReasonButtons"));
    REQUIRE(waitUntil([&] {
        return desktop.app->session().outbox()->entries().isEmpty()
               && inspectorShown(*table->model(), QStringLiteral("渔庄村网格"))
                      == QStringLiteral("No inspector");
    }));
    CHECK_FALSE(child<QPushButton>(window, "unassignInspectorButton")->isEnabled());

    // The grid's history stays: the next assignment dialog says who held it and why it ended.
    QWidget *dialog = openAssignDialog(window, QStringLiteral("渔庄村网格"));
    REQUIRE(dialog);
    const QString history = child<QLabel>(dialog, "assignHistoryLabel")->text();
    CHECK(history.contains(QStringLiteral("张伟")));
    CHECK(history.contains(QStringLiteral("调任镇应急办")));
}
