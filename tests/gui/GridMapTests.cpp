// The grid map (网格一张图): areas filled in their grids' colours, uncovered areas hatched,
// clicks opening grids, zoom and pan by wheel and keyboard, PNG and PDF export. No server:
// the map takes plain data.

#include "domain/GeoJsonBoundaries.h"
#include "ui/map/GridMapAreaItem.h"
#include "ui/map/GridMapExporter.h"
#include "ui/map/GridMapLabelItem.h"
#include "ui/map/GridMapScene.h"
#include "ui/map/GridMapView.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLinearGradient>
#include <QProcess>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace gridsafe;

namespace {

// A square area of `size` degrees of longitude and latitude with its south-west corner at
// (lon, lat).
MapArea squareArea(qint64 id, const QString &name, double lon, double lat, double size = 0.01)
{
    return {id,
            name,
            RegionKind::Village,
            {{{lon, lat}, {lon + size, lat}, {lon + size, lat + size}, {lon, lat + size}, {lon, lat}}}};
}

// Four villages in a 2 × 2 block: 1 in grid 11, 2 in grid 12 (no inspector), 3 split between
// grids 13 and 14, 4 in no grid.
GridMapData fourVillages()
{
    GridMapData data;
    data.townName = QStringLiteral("遥观镇");
    data.areas = {squareArea(1, QStringLiteral("渔庄村"), 120.05, 31.74),
                  squareArea(2, QStringLiteral("留道社区"), 120.06, 31.74),
                  squareArea(3, QStringLiteral("东方村"), 120.05, 31.75),
                  squareArea(4, QStringLiteral("建农村"), 120.06, 31.75)};
    data.grids = {
        {11, QStringLiteral("YG01"), QStringLiteral("渔庄村网格"), QStringLiteral("张伟"), {1}},
        {12, QStringLiteral("YG02"), QStringLiteral("留道社区网格"), QString(), {2}},
        {13, QStringLiteral("YG03"), QStringLiteral("东方村第一网格"), QStringLiteral("刘洋"), {3}},
        {14, QStringLiteral("YG04"), QStringLiteral("东方村第二网格"), QStringLiteral("陈明"), {3}}};
    return data;
}

QList<RegionBoundary> demoBoundaries()
{
    QFile file(QStringLiteral(GRIDSAFE_SOURCE_DIR "/resources/demo/boundaries.geojson"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto boundaries = parseGeoJsonBoundaries(file.readAll());
    INFO((boundaries.ok() ? QString() : boundaries.error().message).toStdString());
    REQUIRE(boundaries.ok());
    return boundaries.value();
}

// 遥观镇 from the demo boundaries (every demo town with `wholeDistrict`), with grids like the
// demo server's (a split village, a grid of two villages, a park grid, one grid without
// inspector) and made-up inspectors.
GridMapData demoYaoguan(bool wholeDistrict = false)
{
    GridMapData data;
    data.townName = QStringLiteral("遥观镇");
    QHash<QString, qint64> ids;
    for (const RegionBoundary &boundary : demoBoundaries()) {
        if (boundary.townName != data.townName && !wholeDistrict)
            continue;
        if (boundary.townName != data.townName) {
            data.areas.append(
                {100 + data.areas.size(), boundary.name, RegionKind::Village, boundary.polygons});
            continue;
        }
        const qint64 id = 100 + data.areas.size();
        ids.insert(boundary.name, id);
        const RegionKind kind = boundary.name.endsWith(QStringLiteral("社区")) ? RegionKind::Community
                                : boundary.name.endsWith(QStringLiteral("村")) ? RegionKind::Village
                                                                               : RegionKind::Park;
        data.areas.append({id, boundary.name, kind, boundary.polygons});
    }
    const auto grid = [&](qint64 id, const char *code, const char *name, const char *inspector,
                          QStringList areas) {
        MapGrid grid{id, QString::fromUtf8(code), QString::fromUtf8(name), QString::fromUtf8(inspector), {}};
        for (const QString &area : areas)
            grid.areaIds.append(ids.value(area));
        data.grids.append(grid);
    };
    grid(1, "YG01", "渔庄村网格", "张伟", {QStringLiteral("渔庄村")});
    grid(2, "YG02", "留道社区网格", "王芳", {QStringLiteral("留道社区")});
    grid(3, "YG03", "东方村第一网格", "刘洋", {QStringLiteral("东方村")});
    grid(4, "YG04", "东方村第二网格", "", {QStringLiteral("东方村")});
    grid(5, "YG05", "桥南塘桥网格", "陈明", {QStringLiteral("桥南村"), QStringLiteral("塘桥村")});
    grid(6, "YG06", "工业集中区网格", "赵磊", {QStringLiteral("遥观工业集中区")});
    return data;
}

// True when some pixel of `image` is within `tolerance` of `colour` in every channel.
bool hasColour(const QImage &image, const QColor &colour, int tolerance = 2)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (std::abs(qRed(line[x]) - colour.red()) <= tolerance
                && std::abs(qGreen(line[x]) - colour.green()) <= tolerance
                && std::abs(qBlue(line[x]) - colour.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

void sendWheel(GridMapView &view, const QPoint &position, int delta)
{
    QWheelEvent event(position, view.viewport()->mapToGlobal(position), QPoint(), QPoint(0, delta),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &event);
}

QPoint onScreen(const GridMapView &view, const GridMapScene &scene, qint64 regionId)
{
    return view.mapFromScene(scene.areaAnchor(regionId));
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("grid map: each area is one filled item, in its grid's colour, hatched red when in no grid")
{
    GridMapScene scene;
    scene.setData(fourVillages());

    int areaItems = 0;
    for (QGraphicsItem *item : scene.items())
        areaItems += qgraphicsitem_cast<GridMapAreaItem *>(item) ? 1 : 0;
    CHECK(areaItems == 4);
    CHECK(scene.areaCount() == 4);

    const GridMapAreaItem *covered = scene.areaItem(1);
    REQUIRE(covered);
    CHECK(covered->brush().style() == Qt::SolidPattern);
    CHECK(covered->brush().color() == GridMapScene::gridColour(11));
    CHECK(scene.areaItem(2)->brush().color() == GridMapScene::gridColour(12));
    CHECK(covered->toolTip().contains(QStringLiteral("渔庄村网格 (YG01) — inspector: 张伟")));

    // A split village shows both grids' colours and names.
    const GridMapAreaItem *split = scene.areaItem(3);
    REQUIRE(split->brush().gradient());
    QSet<QRgb> stripeColours;
    for (const QGradientStop &stop : split->brush().gradient()->stops())
        stripeColours.insert(stop.second.rgb());
    CHECK(stripeColours
          == QSet<QRgb>{GridMapScene::gridColour(13).rgb(), GridMapScene::gridColour(14).rgb()});
    CHECK(split->gridIds() == QList<qint64>{13, 14});
    CHECK(split->toolTip().contains(QStringLiteral("东方村第一网格")));
    CHECK(split->toolTip().contains(QStringLiteral("东方村第二网格")));

    const GridMapAreaItem *uncovered = scene.areaItem(4);
    CHECK_FALSE(uncovered->isCovered());
    CHECK(uncovered->brush().style() == Qt::BDiagPattern);
    CHECK(uncovered->brush().color() == GridMapAreaItem::uncoveredOutline());
    CHECK(uncovered->pen().color() == GridMapAreaItem::uncoveredOutline());
    CHECK(uncovered->toolTip().contains(QStringLiteral("Not in any grid")));

    // Projected to metres: a square of 0.01° is ~946 m wide and ~1113 m high at 31.75°N.
    const QRectF square = covered->path().boundingRect();
    CHECK(square.width() / square.height()
          == Approx(std::cos(31.75 * std::numbers::pi / 180)).epsilon(0.002));
    CHECK(square.height() == Approx(1113).epsilon(0.005));

    // Labels: one per grid (with inspector or a red "No inspector") and one per area.
    const QList<GridMapLabelItem *> labels = scene.labelItems();
    CHECK(labels.size() == 8);
    const auto gridLabel = std::find_if(labels.cbegin(), labels.cend(), [](const GridMapLabelItem *label) {
        return label->lines().first().text == QStringLiteral("留道社区网格");
    });
    REQUIRE(gridLabel != labels.cend());
    CHECK((*gridLabel)->lines().at(1).text == QStringLiteral("No inspector"));
    CHECK((*gridLabel)->lines().at(1).colour == GridMapAreaItem::uncoveredOutline());
    CHECK((*gridLabel)->flags().testFlag(QGraphicsItem::ItemIgnoresTransformations));

    // The legend lists the grids in order with their colours.
    const QList<GridMapLegendEntry> legend = scene.legend();
    REQUIRE(legend.size() == 4);
    CHECK(legend.at(1).code == QStringLiteral("YG02"));
    CHECK(legend.at(1).inspectorName.isEmpty());
    CHECK(legend.at(3).colour == GridMapScene::gridColour(14));
}

TEST_CASE("grid map: grid colours are stable, distinct and light enough for black text")
{
    CHECK(GridMapScene::gridColour(7) == GridMapScene::gridColour(7));
    QSet<QRgb> seen;
    for (qint64 id = 1; id <= 40; ++id) {
        const QColor colour = GridMapScene::gridColour(id);
        seen.insert(colour.rgb());
        CHECK(colour.lightnessF() > 0.6);
    }
    CHECK(seen.size() == 40);
    // Neighbouring ids are far apart on the colour wheel.
    for (qint64 id = 1; id < 40; ++id) {
        const float a = GridMapScene::gridColour(id).hsvHueF();
        const float b = GridMapScene::gridColour(id + 1).hsvHueF();
        CHECK(std::min(std::abs(a - b), 1 - std::abs(a - b)) > 0.2f);
    }
}

TEST_CASE("grid map: clicking an area opens its grid, an uncovered area opens the area, a drag opens nothing")
{
    GridMapScene scene;
    scene.setData(fourVillages());
    GridMapView view(scene);
    view.resize(800, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy grids(&scene, &GridMapScene::gridActivated);
    QSignalSpy areas(&scene, &GridMapScene::areaActivated);

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onScreen(view, scene, 1));
    REQUIRE(grids.size() == 1);
    CHECK(grids.takeFirst().at(0).toLongLong() == 11);

    // A split village opens its first grid.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onScreen(view, scene, 3));
    REQUIRE(grids.size() == 1);
    CHECK(grids.takeFirst().at(0).toLongLong() == 13);
    CHECK(areas.isEmpty());

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, onScreen(view, scene, 4));
    REQUIRE(areas.size() == 1);
    CHECK(areas.takeFirst().at(0).toLongLong() == 4);
    CHECK(grids.isEmpty());

    // Press on one village, release on another: a pan, not a click.
    const QPoint from = onScreen(view, scene, 1);
    const QPoint to = onScreen(view, scene, 2);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.viewport(), (from + to) / 2);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
    CHECK(grids.isEmpty());
    CHECK(areas.isEmpty());

    // Outside every area: nothing.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    CHECK(grids.isEmpty());
    CHECK(areas.isEmpty());
}

TEST_CASE("grid map: the wheel zooms around the cursor, keys zoom, fit and pan, within limits")
{
    GridMapScene scene;
    scene.setData(fourVillages());
    GridMapView view(scene);
    view.resize(800, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.zoom() == Approx(1.0));

    // One notch in over village 1: the view zooms and village 1's point stays under the cursor.
    const QPoint cursor = onScreen(view, scene, 1);
    const QPointF before = view.mapToScene(cursor);
    sendWheel(view, cursor, 120);
    CHECK(view.zoom() == Approx(1.25));
    const QPointF after = view.mapToScene(cursor);
    CHECK(QLineF(before, after).length() * view.transform().m11() < 2.5); // within about two pixels

    for (int i = 0; i < 40; ++i)
        sendWheel(view, cursor, 120);
    CHECK(view.zoom() == Approx(GridMapView::kMaxZoom));
    for (int i = 0; i < 60; ++i)
        sendWheel(view, cursor, -120);
    CHECK(view.zoom() == Approx(GridMapView::kMinZoom));

    QTest::keyClick(&view, Qt::Key_0);
    CHECK(view.zoom() == Approx(1.0));
    QTest::keyClick(&view, Qt::Key_Plus);
    QTest::keyClick(&view, Qt::Key_Plus);
    CHECK(view.zoom() == Approx(1.5625));
    QTest::keyClick(&view, Qt::Key_Minus);
    CHECK(view.zoom() == Approx(1.25));

    QTest::keyClick(&view, Qt::Key_Plus);
    QTest::keyClick(&view, Qt::Key_Plus);
    const QPointF centre = view.mapToScene(view.viewport()->rect().center());
    QTest::keyClick(&view, Qt::Key_Right);
    const QPointF right = view.mapToScene(view.viewport()->rect().center());
    CHECK(right.x() > centre.x());
    QTest::keyClick(&view, Qt::Key_Down);
    CHECK(view.mapToScene(view.viewport()->rect().center()).y() > right.y());
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Up);
    CHECK(QLineF(view.mapToScene(view.viewport()->rect().center()), centre).length() * view.transform().m11()
          < 2.5);

    // New data (another town, or the same after an edit) is shown whole again.
    scene.setData(fourVillages());
    CHECK(view.zoom() == Approx(1.0));
}

TEST_CASE("grid map: a town without boundaries says so in the view and refuses to export")
{
    GridMapScene scene;
    GridMapData data;
    data.townName = QStringLiteral("横林镇");
    data.areas = {{1, QStringLiteral("崔桥村"), RegionKind::Village, {}}}; // no boundary imported
    scene.setData(data);
    CHECK(scene.areaCount() == 0);
    GridMapView view(scene);
    view.resize(500, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    // The message is drawn: some pixels are much darker than the light background.
    const QImage shot = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int dark = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x)
            dark += qGray(shot.pixel(x, y)) < 180 ? 1 : 0;
    }
    CHECK(dark > 30);

    QTemporaryDir dir;
    QString error;
    CHECK_FALSE(GridMapExporter().exportPng(scene, dir.filePath(QStringLiteral("map.png")), &error));
    CHECK(error.contains(QStringLiteral("no boundaries")));
}

TEST_CASE("grid map: the demo boundaries hold every area of the demo town Yaoguan")
{
    // 遥观镇's areas as app-server/demo/DemoSeeder.cpp seeds them.
    const QStringList yaoguan = {
        QStringLiteral("渔庄村"),        QStringLiteral("留道社区"),   QStringLiteral("桥南村"),
        QStringLiteral("塘桥村"),        QStringLiteral("钱家塘社区"), QStringLiteral("芳庄社区"),
        QStringLiteral("洪庄社区"),      QStringLiteral("印墅社区"),   QStringLiteral("建农村"),
        QStringLiteral("东方村"),        QStringLiteral("剑苑社区"),   QStringLiteral("东村村"),
        QStringLiteral("遥观社区"),      QStringLiteral("薛墅巷村"),   QStringLiteral("通济村"),
        QStringLiteral("遥观工业集中区")};
    const QList<RegionBoundary> boundaries = demoBoundaries();
    CHECK(boundaries.size() == 46);
    for (const QString &name : yaoguan) {
        INFO(name.toStdString());
        const auto found = std::find_if(boundaries.cbegin(), boundaries.cend(), [&](const RegionBoundary &b) {
            return b.townName == QStringLiteral("遥观镇") && b.name == name;
        });
        REQUIRE(found != boundaries.cend());
        CHECK(found->polygons.size() == 1);
        CHECK(found->polygons.first().size() >= 7);
        if (name == QStringLiteral("渔庄村"))
            CHECK(found->code == QStringLiteral("320412104200"));
    }
    GridMapScene scene;
    scene.setData(demoYaoguan());
    CHECK(scene.areaCount() == 16);
    // East of Changzhou: the map spans a few kilometres, not a continent.
    CHECK(scene.mapRect().width() > 3000);
    CHECK(scene.mapRect().width() < 20000);
}

TEST_CASE("grid map: the PNG export is a 2000-pixel image showing the grids' colours and the hatch")
{
    GridMapScene scene;
    scene.setData(demoYaoguan());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("遥观镇.png"));
    QString error;
    REQUIRE(GridMapExporter().exportPng(scene, path, &error));
    CHECK(error.isEmpty());
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(std::max(image.width(), image.height()) == GridMapExporter::kPngLongSide);
    for (qint64 grid : {1, 2, 5, 6}) {
        INFO("grid " << grid);
        CHECK(hasColour(image, GridMapScene::gridColour(grid)));
    }
    CHECK(hasColour(image, GridMapAreaItem::uncoveredFill()));
    CHECK(hasColour(image, GridMapAreaItem::uncoveredOutline(), 30));

    // A folder that does not exist: the error says where.
    const QString nowhere = dir.filePath(QStringLiteral("missing/map.png"));
    CHECK_FALSE(GridMapExporter().exportPng(scene, nowhere, &error));
    CHECK(error.contains(QDir::toNativeSeparators(nowhere)));
}

TEST_CASE("grid map: the PDF export is a PDF with the Chinese title, the map and the legend")
{
    GridMapScene scene;
    scene.setData(demoYaoguan());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.pdf"));
    QString error;
    REQUIRE(GridMapExporter(QDate(2024, 6, 1))
                .exportPdf(scene, path, QStringLiteral("遥观镇 网格划分图"), &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftotext.isEmpty() || pdftoppm.isEmpty()) {
        WARN("pdftotext or pdftoppm (poppler-utils) not on PATH: the PDF's text and drawing are not checked");
    } else {
        const QString text = run(pdftotext, {path, QStringLiteral("-")});
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("遥观镇 网格划分图")));
        CHECK(text.contains(QStringLiteral("2024-06-01")));
        CHECK(text.contains(QStringLiteral("桥南塘桥网格")));
        CHECK(text.contains(QStringLiteral("No inspector")));
        run(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                       QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                       path, dir.filePath(QStringLiteral("page"))});
        const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
        REQUIRE(pages.size() == 1);
        const QImage page(dir.filePath(pages.first()));
        CHECK(page.width() > page.height()); // landscape
        CHECK(hasColour(page, GridMapScene::gridColour(1), 3));
        CHECK(hasColour(page, GridMapScene::gridColour(6), 3));
    }

    // A town with many grids: the legend goes on over the next page.
    GridMapData many = fourVillages();
    for (qint64 id = 20; id < 90; ++id)
        many.grids.append(
            {id, QStringLiteral("YG%1").arg(id), QStringLiteral("网格%1").arg(id), QString(), {}});
    GridMapScene crowded;
    crowded.setData(many);
    const QString longPath = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(GridMapExporter().exportPdf(crowded, longPath, QStringLiteral("遥观镇 网格划分图"), &error));
    if (!pdftotext.isEmpty()) {
        const QString text = run(pdftotext, {longPath, QStringLiteral("-")});
        CHECK(text.contains(QStringLiteral("Legend (continued)")));
        CHECK(text.contains(QStringLiteral("网格89")));
    }

    const QString nowhere = dir.filePath(QStringLiteral("missing/map.pdf"));
    CHECK_FALSE(GridMapExporter().exportPdf(scene, nowhere, QStringLiteral("遥观镇 网格划分图"), &error));
    CHECK(error.contains(QDir::toNativeSeparators(nowhere)));
}

// Not a check: the demo town's map as PNG and PDF for people to look at. Hidden from ctest;
//   GRIDSAFE_SHOTS=/tmp/shots build/dev/tests/gui/gui_tests "[map-export]"
TEST_CASE("grid map: the demo town's map exported for a look", "[.][map-export]")
{
    const QString folder = qEnvironmentVariable("GRIDSAFE_SHOTS");
    if (folder.isEmpty()) {
        WARN("GRIDSAFE_SHOTS is not set: nothing exported");
        return;
    }
    GridMapScene scene;
    scene.setData(demoYaoguan());
    QString error;
    CHECK(
        GridMapExporter().exportPng(scene, QDir(folder).filePath(QStringLiteral("map-yaoguan.png")), &error));
    CHECK(GridMapExporter().exportPdf(scene, QDir(folder).filePath(QStringLiteral("map-yaoguan.pdf")),
                                      QStringLiteral("遥观镇 网格划分图"), &error));
    INFO(error.toStdString());
    GridMapView view(scene);
    view.resize(1000, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(view.grab().save(QDir(folder).filePath(QStringLiteral("map-yaoguan-view.png"))));

    // All demo towns at once: their areas tile each town without gaps or overlaps.
    scene.setData(demoYaoguan(true));
    CHECK(GridMapExporter().exportPng(scene, QDir(folder).filePath(QStringLiteral("map-district.png")),
                                      &error));
}
