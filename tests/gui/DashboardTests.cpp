// The coverage dashboard: every gap of the town listed, and each leads to where it is fixed.

#include "DesktopHarness.h"
#include "GuiHelpers.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "ui/DesktopApp.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/CoverageGapsModel.h"
#include "ui/grids/GridTableModel.h"
#include "ui/grids/RegionTreeModel.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace gridsafe;
using namespace gridsafe::test;

namespace {

int rowOf(const QAbstractItemModel &model, const QString &kind, qint64 subjectId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, CoverageGapsModel::Gap);
        if (index.data(CoverageGapsModel::GapKindRole).toString() == kind
            && index.data(CoverageGapsModel::SubjectIdRole).toLongLong() == subjectId)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("dashboard: the town's coverage gaps are listed live and each leads to where it is fixed")
{
    TestServer server;
    Desktop desktop(server);
    MainWindow *window = desktop.logIn();
    REQUIRE(window);
    auto *navigation = child<QListWidget>(window, "navigationList");
    navigation->setCurrentRow(0); // 工作台
    auto *table = child<QTableView>(window, "coverageGapTable");
    REQUIRE(table->isVisible());
    const QAbstractItemModel &gaps = *table->model();
    const qint64 village = server.regionId(QStringLiteral("建农村"));
    const qint64 grid = server.gridId(QStringLiteral("渔庄村网格"));
    REQUIRE(waitUntil([&] { return rowOf(gaps, QStringLiteral("uncoveredArea"), village) >= 0; }));
    CHECK(rowOf(gaps, QStringLiteral("gridWithoutInspector"), grid) >= 0);
    CHECK(rowOf(gaps, QStringLiteral("filingMissing"), server.regionId(kTown)) >= 0);
    CHECK(child<QLabel>(window, "coverageSummary")->text().contains(QStringLiteral("never filed")));

    // Staffed elsewhere: the gap leaves the list without the user doing anything.
    server.assignInspector(QStringLiteral("渔庄村网格"),
                           server.certifiedInspector(kTown, QStringLiteral("张伟")));
    REQUIRE(waitUntil([&] { return rowOf(gaps, QStringLiteral("gridWithoutInspector"), grid) < 0; }));

    // Enter on a village in no grid: the grids area opens at that village.
    table->setFocus();
    table->setCurrentIndex(gaps.index(rowOf(gaps, QStringLiteral("uncoveredArea"), village), 0));
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(navigation->currentItem()->text() == QStringLiteral("Grids"));
    auto *tree = child<QTreeView>(window, "regionTree");
    CHECK(tree->currentIndex().data(RegionTreeModel::RegionIdRole).toLongLong() == village);

    // A grid without an inspector: its town's list opens with the grid selected.
    navigation->setCurrentRow(0);
    const qint64 other = server.gridId(QStringLiteral("留道社区网格"));
    const int row = rowOf(gaps, QStringLiteral("gridWithoutInspector"), other);
    REQUIRE(row >= 0);
    table->setCurrentIndex(gaps.index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto *grids = child<QTableView>(window, "gridTable");
    REQUIRE(waitUntil([&] { return grids->selectionModel()->selectedRows().size() == 1; }));
    CHECK(grids->selectionModel()->selectedRows().first().data(GridTableModel::GridIdRole).toLongLong()
          == other);
}
