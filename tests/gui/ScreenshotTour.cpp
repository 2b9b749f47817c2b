// Not a check but a tour: the screens a town office meets, each saved as a PNG for people to
// look at (the issue notes, the user guide). Hidden from ctest; run it at an office screen's
// size, e.g.
//   GRIDSAFE_SHOTS=/tmp/shots xvfb-run -a -s "-screen 0 1366x768x24"
//     env QT_QPA_PLATFORM=xcb build/dev/tests/gui/gui_tests "[screenshots]"   (one line)
// GRIDSAFE_SHOTS_LANG=en takes them in English (default zh_CN).

#include "DesktopHarness.h"

#include "core/Outbox.h"
#include "demo/DemoEnterpriseSeeder.h"
#include "domain/CreditCode.h"
#include "i18n/Translations.h"
#include "ui/admin/SettingsPage.h"
#include "ui/enterprises/EnterpriseImportDialog.h"
#include "ui/enterprises/EnterprisesPage.h"

#include <QAction>
#include <QCborArray>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
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

        // 网格一张图: the demo outlines, each grid in its colour, villages in no grid hatched.
        QFile outlines(QStringLiteral(GRIDSAFE_SOURCE_DIR "/resources/demo/boundaries.geojson"));
        REQUIRE(outlines.open(QIODevice::ReadOnly));
        server.run(QStringLiteral("admin"), "region.importBoundaries",
                   {{QStringLiteral("geojson"), QString::fromUtf8(outlines.readAll())}});
        navigation->setCurrentRow(1);
        auto *tabs = child<QTabWidget>(window, "gridAreaTabs");
        tabs->setCurrentWidget(child<QWidget>(window, "gridMapPage"));
        REQUIRE(waitUntil([&] { return child<QWidget>(window, "gridMapSummary")->isVisible(); }));
        shoot(window, QStringLiteral("12-map"));

        // 技术支撑: the agency register, ranked by growth value, and a contract of the town.
        const struct
        {
            const char *name;
            const char *code17;
            bool listed;
            int growth;
        } agencies[] = {{"常州安泰安全技术服务有限公司", "91320411MA1XKQ7P3", true, 892},
                        {"江苏中安安全科技有限公司", "91320400MA1MWY6T5", true, 846},
                        {"常州市恒信安全评价有限公司", "91320402MA1Q8CN47", false, 0}};
        qint64 first = 0;
        for (const auto &agency : agencies) {
            const QString code17 = QString::fromLatin1(agency.code17);
            QCborMap args{{QStringLiteral("name"), QString::fromUtf8(agency.name)},
                          {QStringLiteral("creditCode"), code17 + *creditCodeCheckCharacter(code17)},
                          {QStringLiteral("onCityList"), agency.listed}};
            if (agency.growth > 0) {
                args.insert(QStringLiteral("growthValue"), agency.growth);
                args.insert(QStringLiteral("growthValueOn"), QStringLiteral("2026-01-05"));
            }
            const qint64 id = server.run(QStringLiteral("admin"), "agency.create", args)
                                  .value(QStringLiteral("agencyId"))
                                  .toInteger();
            first = first ? first : id;
        }
        server.run(kOperator, "contract.create",
                   {{QStringLiteral("agencyId"), first},
                    {QStringLiteral("townId"), server.regionId(kTown)},
                    {QStringLiteral("startsOn"), QStringLiteral("2026-01-01")},
                    {QStringLiteral("endsOn"), QStringLiteral("2026-12-31")},
                    {QStringLiteral("scope"), QStringLiteral("隐患排查技术支撑、网格员业务指导")},
                    {QStringLiteral("gridIds"), QCborArray{server.gridId(QStringLiteral("渔庄村网格"))}}});
        tabs->setCurrentWidget(child<QWidget>(window, "agenciesPage"));
        auto *register_ = child<QTableView>(window, "agencyTable");
        REQUIRE(waitUntil([&] { return register_->model()->rowCount() == 3; }));
        REQUIRE(
            waitUntil([&] { return child<QTableView>(window, "contractTable")->model()->rowCount() == 1; }));
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

TEST_CASE("enterprise screenshots", "[.][screenshots]")
{
    // 企业: the demo register in 遥观镇, then an import's dry-run report of a GBK sheet with
    // bad rows. Same command as the tour, with "enterprise screenshots".
    const QString dir = qEnvironmentVariable("GRIDSAFE_SHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    REQUIRE(QDir().mkpath(dir));
    installTranslations(qEnvironmentVariable("GRIDSAFE_SHOTS_LANG", QStringLiteral("zh_CN")));
    TestServer server;
    REQUIRE(DemoEnterpriseSeeder::seedIfEmpty(server.core()).ok());
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    fillScreen(window);
    auto *navigation = child<QListWidget>(window, "navigationList");
    navigation->setCurrentRow(3); // 企业
    auto *table = child<QTableView>(window, "enterpriseTable");
    REQUIRE(waitUntil([&] { return table->model()->rowCount() > 0; }));
    table->selectRow(2);
    shoot(window, QStringLiteral("13-enterprises"));
    // The register as exported, for a look in LibreOffice.
    EnterprisesPage &page = window->enterprisesPage();
    QSignalSpy exported(&page, &EnterprisesPage::exported);
    page.startExport(QDir(dir).filePath(QStringLiteral("enterprises.xlsx")),
                     EnterpriseExporter::Format::Xlsx);
    REQUIRE(waitUntil([&] { return !exported.isEmpty(); }, 30000));

    EnterpriseImportDialog dialog(desktop.app->session(), window);
    dialog.show();
    auto *next = child<QPushButton>(&dialog, "importNextButton");
    dialog.readFile(QStringLiteral(GRIDSAFE_SOURCE_DIR "/tests/data/enterprises-import-gbk.csv"));
    REQUIRE(waitUntil([&] { return next->isEnabled(); }));
    click(next);
    shoot(&dialog, QStringLiteral("14-import-mapping"));
    click(next);
    REQUIRE(waitUntil([&] { return dialog.page() == EnterpriseImportDialog::Page::Report; }, 20000));
    shoot(&dialog, QStringLiteral("15-import-report"));
}
