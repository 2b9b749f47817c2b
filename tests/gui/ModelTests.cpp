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
