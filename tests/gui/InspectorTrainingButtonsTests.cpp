// The 网格员 page's training buttons: shown to the roles that may train and certify, enabled
// by what is selected, and each opens its dialog for the selected inspector or the town.

#include "DesktopHarness.h"

#include "ui/inspectors/InspectorTableModel.h"

#include <QListWidget>
#include <QPushButton>
#include <QTableView>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

void selectInspector(MainWindow *window, const QString &name)
{
    auto *table = child<QTableView>(window, "inspectorTable");
    REQUIRE(waitUntil([&] { return findText(*table->model(), name).isValid(); }));
    clickItem(table, findText(*table->model(), name));
}

} // namespace

TEST_CASE("inspectors page training buttons follow the selection and open their dialogs")
{
    TestServer server;
    // The desktop judges certificates by today's date: the server's clock agrees.
    server.clock().advance(server.clock().now().secsTo(QDateTime::currentDateTimeUtc()));
    server.certifiedInspector(kTown, QStringLiteral("张伟"));
    server.run(QStringLiteral("admin"), "inspector.create",
               {{QStringLiteral("townId"), server.regionId(kTown)},
                {QStringLiteral("name"), QStringLiteral("王芳")},
                {QStringLiteral("phone"), QStringLiteral("13800000078")},
                {QStringLiteral("kind"), QStringLiteral("safetyOfficer")}});
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    auto *navigation = child<QListWidget>(window, "navigationList");
    clickItem(navigation, findText(*navigation->model(), QStringLiteral("Inspectors")));
    auto *revoke = child<QPushButton>(window, "revokeCertificateButton");
    auto *exam = child<QPushButton>(window, "recordExamButton");
    CHECK(child<QPushButton>(window, "recordTrainingButton")->isEnabled()); // the town's
    CHECK_FALSE(exam->isEnabled());                                         // nobody selected

    selectInspector(window, QStringLiteral("王芳"));
    CHECK(exam->isEnabled());
    CHECK(child<QPushButton>(window, "issueCertificateButton")->isEnabled());
    CHECK_FALSE(revoke->isEnabled()); // nothing to revoke
    selectInspector(window, QStringLiteral("张伟"));
    REQUIRE(revoke->isEnabled());
    click(revoke);
    REQUIRE(waitForWindow(QStringLiteral("certificateRevokeDialog")));
    visibleWindow(QStringLiteral("certificateRevokeDialog"))->close();
    click(exam);
    REQUIRE(waitForWindow(QStringLiteral("examDialog")));
    visibleWindow(QStringLiteral("examDialog"))->close();
    click(child<QPushButton>(window, "trainingPlanButton"));
    REQUIRE(waitForWindow(QStringLiteral("trainingPlanDialog")));
}

TEST_CASE("inspectors page training buttons are not offered to a district reviewer")
{
    TestServer server;
    Desktop desktop(server, true, QStringLiteral("reviewer"));
    MainWindow *window = desktop.logIn(QStringLiteral("gridsafe-review"));
    REQUIRE(window);
    for (const char *name : {"recordTrainingButton", "recordExamButton", "issueCertificateButton",
                             "revokeCertificateButton", "trainingPlanButton"})
        CHECK(child<QPushButton>(window, name)->isHidden());
}
