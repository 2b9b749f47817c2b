// The region tree and grid table models under QAbstractItemModelTester, fed by a real server's syncs.

#include "DesktopHarness.h"
#include "TestServer.h"
#include "Wait.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "ui/DesktopApp.h"
#include "ui/grids/GridTableModel.h"
#include "ui/grids/RegionTreeModel.h"

#include <catch2/catch.hpp>

#include <optional>

#include <QAbstractItemModelTester>
#include <QCborMap>
#include <QColor>

using namespace gridsafe;
using namespace gridsafe::test;

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
    REQUIRE(waitUntil([&] {
        return grids.rowCount() == 5 && grids.retiredCount() == 1 && session.outbox()->entries().isEmpty();
    }));
    CHECK(grids.retiredCount() == 1);
    grids.setShowRetired(true);
    CHECK(grids.rowCount() == 6);
    CHECK(grids.index(5, GridTableModel::Status).data().toString() == QStringLiteral("Retired"));
    grids.setTown(std::nullopt);
    CHECK(grids.rowCount() == 0);
}

TEST_CASE("grid table: each grid shows its code and inspector, a grid without a certified inspector in red")
{
    TestServer server;
    Desktop desktop(server);
    REQUIRE(desktop.logIn());
    ClientSession &session = desktop.app->session();
    Replica &replica = *session.replica();
    GridTableModel grids(replica, *session.outbox());
    QAbstractItemModelTester tester(&grids, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 townId = server.regionId(kTown);
    grids.setTown(townId);
    const auto row = [&](const QString &name) {
        return grids.index(grids.rowOfGrid(server.gridId(name)), GridTableModel::Name);
    };
    const QModelIndex yuzhuang = row(QStringLiteral("渔庄村网格"));
    CHECK(yuzhuang.siblingAtColumn(GridTableModel::Code).data().toString().startsWith(QStringLiteral("WG-")));
    CHECK(yuzhuang.siblingAtColumn(GridTableModel::Inspector).data().toString()
          == QStringLiteral("No inspector"));
    CHECK(yuzhuang.siblingAtColumn(GridTableModel::Inspector).data(Qt::ForegroundRole).value<QColor>()
          == QColor(0xc6, 0x28, 0x28));
    // Searching finds a grid by its code too.
    grids.setSearch(yuzhuang.siblingAtColumn(GridTableModel::Code).data().toString());
    CHECK(grids.rowCount() == 1);
    grids.setSearch({});

    // Staffed elsewhere (by the admin on the server): the row follows, in the normal colour.
    const qint64 inspector = server.certifiedInspector(kTown, QStringLiteral("张伟"));
    server.assignInspector(QStringLiteral("渔庄村网格"), inspector);
    REQUIRE(waitUntil([&] {
        return row(QStringLiteral("渔庄村网格")).siblingAtColumn(GridTableModel::Inspector).data().toString()
               == QStringLiteral("张伟");
    }));
    const QModelIndex staffed = row(QStringLiteral("渔庄村网格")).siblingAtColumn(GridTableModel::Inspector);
    CHECK_FALSE(staffed.data(Qt::ForegroundRole).isValid());
    CHECK(staffed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("WGY-")));
}
