// The administrator's settings page: user accounts, and regions from an empty database.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "ServerCore.h"
#include "accounts/PasswordHasher.h"
#include "accounts/User.h"
#include "accounts/UserRepository.h"
#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "store/Database.h"
#include "ui/DesktopApp.h"
#include "ui/MainWindow.h"
#include "ui/admin/RegionsPanel.h"
#include "ui/admin/SettingsPage.h"
#include "ui/admin/UserTableModel.h"
#include "ui/grids/RegionTreeModel.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace gridsafe;
using namespace gridsafe::test;

TEST_CASE("admin users: an administrator sees the accounts, creates one checked on the spot, resets a "
          "password and disables it")
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
    CHECK(operatorRow.siblingAtColumn(UserTableModel::LastLogin).data().toString()
          == QStringLiteral("Never"));
    // The administrator's own login shows at once.
    REQUIRE(waitUntil([&] {
        return findText(*users->model(), QStringLiteral("admin"))
                   .siblingAtColumn(UserTableModel::LastLogin)
                   .data()
                   .toString()
               != QStringLiteral("Never");
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
        return row.isValid() && !row.data(UserTableModel::PendingRole).toBool()
               && row.data(UserTableModel::UserIdRole).toLongLong() > 0;
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
    // The list sorts by any column, names in pinyin; the search finds by name or town.
    auto *header = users->horizontalHeader();
    header->setSortIndicator(UserTableModel::DisplayName, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < users->model()->rowCount(); ++row) {
        if (!users->model()->index(row, 0).data(UserTableModel::PendingRole).toBool()
            && users->model()->index(row, UserTableModel::Status).data().toString()
                   != QStringLiteral("Disabled"))
            names.append(users->model()->index(row, UserTableModel::DisplayName).data().toString());
    }
    // 李 (li) before 王 (wang) before 系 (xi) before 张 (zhang) before 周 (zhou).
    CHECK(names.indexOf(QStringLiteral("李静（遥观镇应急办）"))
          < names.indexOf(QStringLiteral("王审核（区应急局）")));
    CHECK(names.indexOf(QStringLiteral("系统管理员"))
          < names.indexOf(QStringLiteral("张伟（渔庄村安管员）")));
    CHECK(names.indexOf(QStringLiteral("张伟（渔庄村安管员）"))
          < names.indexOf(QStringLiteral("周强（横林镇应急办）")));
    typeText(child<QLineEdit>(window, "userSearchEdit"), QStringLiteral("横林"));
    REQUIRE(waitUntil([&] { return users->model()->rowCount() == 1; }));
    CHECK(users->model()->index(0, UserTableModel::Username).data().toString() == QStringLiteral("henglin"));
    typeText(child<QLineEdit>(window, "userSearchEdit"), QString());
    REQUIRE(waitUntil([&] { return users->model()->rowCount() > 1; }));

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

TEST_CASE("admin regions: on an empty database the administrator creates the district, a town and imports "
          "its villages from CSV")
{
    TestServer server(false);
    {
        // A fresh deployment: one administrator, made on the console, and nothing else.
        User admin;
        admin.username = QStringLiteral("admin");
        admin.displayName = QStringLiteral("系统管理员");
        admin.role = Role::Admin;
        admin.passwordHash = server.core().hasher().hash(QStringLiteral("gridsafe-admin"));
        REQUIRE(UserRepository(server.core().database().sql())
                    .insert(admin, QStringLiteral("2026-11-29T00:00:00Z")));
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

TEST_CASE("admin regions: the outlines for the grid map are imported from a GeoJSON file, a broken file is "
          "refused before sending")
{
    TestServer server;
    Desktop desktop(server, true, QStringLiteral("admin"));
    MainWindow *window = desktop.logIn(QStringLiteral("gridsafe-admin"));
    REQUIRE(window);
    RegionsPanel &panel = window->settingsPage()->regionsPanel();
    auto *message = child<QLabel>(&panel, "regionsMessage");
    ClientSession &session = desktop.app->session();

    // Not GeoJSON: said in the panel, nothing queued.
    QTemporaryDir files;
    const QString broken = QDir(files.path()).filePath(QStringLiteral("outlines.geojson"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\"}"));
    file.close();
    CHECK_FALSE(panel.importBoundaryFile(broken));
    CHECK(message->text().contains(QStringLiteral("outlines.geojson cannot be imported")));
    CHECK(session.outbox()->entries().isEmpty());

    // The demo outlines: every village, community and park of the small demo matched.
    const QString demo = QStringLiteral(GRIDSAFE_SOURCE_DIR "/resources/demo/boundaries.geojson");
    REQUIRE(panel.importBoundaryFile(demo));
    REQUIRE(waitUntil([&] { return message->text().startsWith(QStringLiteral("Outlines imported:")); }));
    REQUIRE(waitUntil(
        [&] { return !ReplicaRecords(*session.replica()).boundaries(server.regionId(kTown)).isEmpty(); }));
}
