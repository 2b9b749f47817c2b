// Not a check but a tour: the screens a town office meets, each saved as a PNG for people to
// look at (the issue notes, the user guide). Hidden from ctest; run it at an office screen's
// size, e.g.
//   GRIDSAFE_SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 1366x768x24"
//     env QT_QPA_PLATFORM=xcb build/dev/tests/gui/gui_tests "[screenshots]"   (one line)
// GRIDSAFE_SHOTS_LANG=en takes them in English (default zh_CN).

#include "DesktopHarness.h"

#include "core/Outbox.h"
#include "i18n/Translations.h"
#include "ui/admin/SettingsPage.h"

#include <QAction>
#include <QCborArray>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

void shoot(QWidget *widget, const QString &name)
{
    QTest::qWait(400); // let layouts and icons settle
    const QString dir = qEnvironmentVariable("GRIDSAFE_SHOTS");
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    INFO("saving " << path.toStdString());
    REQUIRE(widget->grab().save(path));
}

void fillScreen(QWidget *window)
{
    window->showMaximized();
    QTest::qWait(300);
}

} // namespace

TEST_CASE("screenshot tour", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("GRIDSAFE_SHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    REQUIRE(QDir().mkpath(dir));
    const QString language = qEnvironmentVariable("GRIDSAFE_SHOTS_LANG", QStringLiteral("zh_CN"));
    installTranslations(language);
    TestServer server;

    {
        Desktop desktop(server);
        MainWindow *window = desktop.logIn();
        fillScreen(window);
        auto *table = child<QTableView>(window, "gridTable");
        REQUIRE(waitUntil([&] { return table->model()->rowCount() > 0; }));
        shoot(window, QStringLiteral("01-main-window"));

        child<QAction>(window, "aboutAction")->trigger();
        QWidget *about = waitForWindow(QStringLiteral("aboutDialog"));
        REQUIRE(about);
        shoot(about, QStringLiteral("02-about"));
        about->close();

        // Offline: a grid made and one renamed while the server is away, both pending.
        ClientSession &session = desktop.app->session();
        queueGridWhileOffline(server, session, QStringLiteral("建农村网格"), QStringLiteral("建农村"));
        click(child<QPushButton>(window, "offlineRetryButton")); // fails: the banner stays
        REQUIRE(waitUntil([&] { return child<QWidget>(window, "offlineBanner")->isVisible(); }));
        clickItem(table, findText(*table->model(), QStringLiteral("建农村网格")));
        shoot(window, QStringLiteral("03-offline-pending"));
        server.restart();
        click(child<QPushButton>(window, "offlineRetryButton"));
        REQUIRE(waitUntil([&] { return session.outbox()->entries().isEmpty(); }, 20000));

        // A refusal the dialog could not foresee reopens with the user's values.
        submitDuplicateGrid(server, session);
        QWidget *reopened = waitForWindow(QStringLiteral("gridEditDialog"));
        REQUIRE(reopened);
        shoot(reopened, QStringLiteral("04-refused-reopened"));
        click(child<QDialogButtonBox>(reopened, "gridEditButtons")->button(QDialogButtonBox::Cancel));
        child<QAction>(window, "showOutboxAction")->trigger();
        QWidget *outbox = waitForWindow(QStringLiteral("outboxDialog"));
        REQUIRE(outbox);
        shoot(outbox, QStringLiteral("07-outbox"));
        outbox->close();

        // The coverage dashboard, one grid staffed and the rest still gaps.
        server.assignInspector(QStringLiteral("渔庄村网格"),
                               server.certifiedInspector(kTown, QStringLiteral("张伟")));
        auto *navigation = child<QListWidget>(window, "navigationList");
        navigation->setCurrentRow(0); // 工作台
        auto *gaps = child<QTableView>(window, "coverageGapTable");
        REQUIRE(waitUntil([&] { return gaps->model()->rowCount() > 0; }));
        shoot(window, QStringLiteral("08-dashboard"));
        navigation->setCurrentRow(1); // 网格
        shoot(window, QStringLiteral("09-grids-with-inspectors"));

        // 网格员: the town's inspectors, one certified and one still to be certified.
        server.run(QStringLiteral("admin"), "inspector.create",
                   {{QStringLiteral("townId"), server.regionId(kTown)},
                    {QStringLiteral("name"), QStringLiteral("王芳")},
                    {QStringLiteral("phone"), QStringLiteral("13800000078")},
                    {QStringLiteral("kind"), QStringLiteral("safetyOfficer")},
                    {QStringLiteral("unitRegionId"), server.regionId(QStringLiteral("建农村"))}});
        navigation->setCurrentRow(2);
        auto *inspectors = child<QTableView>(window, "inspectorTable");
        REQUIRE(waitUntil([&] { return inspectors->model()->rowCount() >= 2; }));
        shoot(window, QStringLiteral("10-inspectors"));

        // 技术支撑: the agency register, ranked by growth value.
        navigation->setCurrentRow(1);
        auto *tabs = child<QTabWidget>(window, "gridAreaTabs");
        tabs->setCurrentWidget(child<QWidget>(window, "agenciesPage"));
        shoot(window, QStringLiteral("11-agencies"));
        tabs->setCurrentIndex(0);
    }
    {
        Desktop desktop(server, true, QStringLiteral("admin"));
        MainWindow *window = desktop.logIn(QStringLiteral("gridsafe-admin"));
        fillScreen(window);
        auto *navigation = child<QListWidget>(window, "navigationList");
        navigation->setCurrentRow(navigation->count() - 1); // 设置
        auto *users = child<QTableView>(window, "userTable");
        REQUIRE(waitUntil([&] { return users->model()->rowCount() > 0; }));
        shoot(window, QStringLiteral("05-admin-users"));
        child<QTabWidget>(window, "settingsTabs")->setCurrentIndex(1);
        shoot(window, QStringLiteral("06-admin-regions"));
    }
}
