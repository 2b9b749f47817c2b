// The grids page's region tree: a town operator adds an area to the town and renames it; a
// refused one reopens in its dialog.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/Outbox.h"
#include "ui/MainWindow.h"
#include "ui/grids/GridsPage.h"
#include "ui/grids/RegionTreeActions.h"

#include <catch2/catch.hpp>

#include <QCborMap>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

using namespace gridsafe;
using namespace gridsafe::test;

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

TEST_CASE("region tree: a refused new village reopens in its dialog with the name typed and the reason")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    // A name the town already has, sent past the dialog's own check: the server refuses it.
    QCborMap args;
    args.insert(QStringLiteral("parentId"), server.regionId(kTown));
    args.insert(QStringLiteral("kind"), QStringLiteral("village"));
    args.insert(QStringLiteral("name"), QStringLiteral("渔庄村"));
    REQUIRE(
        desktop.app->session().submit(QStringLiteral("region.create"), args, QStringLiteral("新增 渔庄村")));
    QWidget *dialog = waitForWindow(QStringLiteral("regionEditDialog"));
    REQUIRE(dialog);
    CHECK(visibleWindow(QStringLiteral("commandRejectedBox")) == nullptr);
    CHECK(child<QLineEdit>(dialog, "regionNameEdit")->text() == QStringLiteral("渔庄村"));
    CHECK(child<QLabel>(dialog, "regionEditError")->text().contains(QStringLiteral("渔庄村")));
    typeText(child<QLineEdit>(dialog, "regionNameEdit"), QStringLiteral("渔庄新村"));
    click(child<QDialogButtonBox>(dialog, "regionEditButtons")->button(QDialogButtonBox::Save));
    auto *tree = child<QTreeView>(window, "regionTree");
    REQUIRE(waitUntil([&] { return findText(*tree->model(), QStringLiteral("渔庄新村")).isValid(); }));
    REQUIRE(waitUntil([&] { return desktop.app->session().outbox()->entries().isEmpty(); }));
}
