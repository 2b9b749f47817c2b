// The grid dialog's code, kind and part: checked on the spot by the server's own rules, so
// a split village or a park grid is got right before anything is sent.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "ServerCore.h"
#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "grids/GridRepository.h"
#include "store/Database.h"
#include "ui/DesktopApp.h"
#include "ui/grids/GridEditDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

void tick(QListWidget *areas, const QString &name)
{
    QListWidgetItem *item = areas->findItems(name, Qt::MatchStartsWith).value(0);
    REQUIRE(item);
    item->setCheckState(Qt::Checked);
}

} // namespace

TEST_CASE("grid dialog: code suggested, kind and split part checked on the spot, then the grid is created")
{
    TestServer server;
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    GridEditDialog dialog(session, server.regionId(kTown));
    dialog.show();
    auto *code = child<QLineEdit>(&dialog, "gridCodeEdit");
    auto *kind = child<QComboBox>(&dialog, "gridKindBox");
    auto *part = child<QLineEdit>(&dialog, "gridPartEdit");
    auto *areas = child<QListWidget>(&dialog, "gridAreaList");
    auto *error = child<QLabel>(&dialog, "gridEditError");
    auto *buttons = child<QDialogButtonBox>(&dialog, "gridEditButtons");
    // The demo town has WG-01 … WG-06: the next free code is offered.
    CHECK(code->text() == QStringLiteral("WG-07"));
    typeText(child<QLineEdit>(&dialog, "gridNameEdit"), QStringLiteral("渔庄村北片网格"));

    // 渔庄村 is in 渔庄村网格 whole: without a part it is refused, and with one too, until
    // that grid says its part.
    tick(areas, QStringLiteral("渔庄村"));
    clickOk(buttons);
    CHECK(error->text().contains(QStringLiteral("say which part this grid covers")));
    CHECK(dialog.focusWidget() == part);
    typeText(part, QStringLiteral("北片（312国道以北）"));
    clickOk(buttons);
    CHECK(error->text().contains(QStringLiteral("covers \"渔庄村\" whole")));

    // A village in a park grid is refused too, at the kind.
    areas->findItems(QStringLiteral("渔庄村"), Qt::MatchStartsWith).value(0)->setCheckState(Qt::Unchecked);
    tick(areas, QStringLiteral("建农村"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("park")));
    clickOk(buttons);
    CHECK(error->text().contains(QStringLiteral("a park grid covers only parks")));
    CHECK(dialog.focusWidget() == kind);
    // A code another grid has is refused before sending.
    kind->setCurrentIndex(kind->findData(QStringLiteral("village")));
    code->setText(QStringLiteral("wg-01"));
    clickOk(buttons);
    CHECK(error->text().contains(QStringLiteral("WG-01")));
    CHECK(session.outbox()->pendingCount() == 0);

    // Corrected: sent with its code, kind and part, and the server holds them.
    code->setText(QStringLiteral("wg-20"));
    clickOk(buttons);
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(waitUntil([&] { return server.hasGrid(QStringLiteral("渔庄村北片网格")); }));
    const Grid created = *GridRepository(server.core().database().sql())
                              .find(server.gridId(QStringLiteral("渔庄村北片网格")))
                              .value();
    CHECK(created.code == QStringLiteral("WG-20"));
    CHECK(created.kind == Grid::Kind::Village);
    CHECK(created.part == QStringLiteral("北片（312国道以北）"));
}
