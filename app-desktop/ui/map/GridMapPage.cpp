#include "ui/map/GridMapPage.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "ui/TownChooser.h"
#include "ui/map/GridMapExporter.h"
#include "ui/map/GridMapLoader.h"
#include "ui/map/GridMapScene.h"
#include "ui/map/GridMapView.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

namespace {

constexpr int kNamesListed = 5; // areas without a boundary named in the summary

} // namespace

GridMapPage::GridMapPage(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_session(session),
    m_scene(new GridMapScene(this))
{
    setObjectName(QStringLiteral("gridMapPage"));
    buildLayout();
    connect(m_scene, &GridMapScene::gridActivated, this, &GridMapPage::onGridClicked);
    connect(m_scene, &GridMapScene::areaActivated, this, &GridMapPage::onAreaClicked);
    connect(m_scene, &GridMapScene::gridOpened, this, [this](qint64 gridId) {
        if (m_shownTown)
            Q_EMIT gridActivated(*m_shownTown, gridId);
    });
    connect(m_scene, &GridMapScene::areaOpened, this, [this](qint64 regionId) {
        if (m_shownTown)
            Q_EMIT uncoveredAreaActivated(*m_shownTown, regionId);
    });
    // The chooser follows the replica's towns itself; it connected to Replica::changed first,
    // so its list is current when our reload (connected below) runs.
    connect(m_townBox, &TownChooser::townChanged, this, &GridMapPage::onTownChosen);
    connect(m_pngButton, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(m_session.replica(), &Replica::changed, this, &GridMapPage::reload);
    reload();
}

void GridMapPage::buildLayout()
{
    // A map is of one town: no "All towns".
    m_townBox = new TownChooser(m_session, TownChooser::AllTowns::NotOffered, this);
    m_townBox->setObjectName(QStringLiteral("gridMapTownBox"));
    //: 镇（街道）：
    auto *townLabel = new QLabel(tr("&Town:"), this);
    townLabel->setBuddy(m_townBox);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("gridMapSummary"));
    m_summary->setWordWrap(true);

    //: 导出 PNG…
    m_pngButton = new QPushButton(tr("Export PNG…"), this);
    m_pngButton->setObjectName(QStringLiteral("gridMapExportPng"));
    m_pngButton->setToolTip(tr("Save the map as an image (2000 pixels wide)"));
    //: 导出 PDF…
    m_pdfButton = new QPushButton(tr("Export PDF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("gridMapExportPdf"));
    m_pdfButton->setToolTip(
        tr("Save the map as an A4 page with title, date and legend, for reports and filing"));

    m_view = new GridMapView(*m_scene, this);
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("gridMapEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("gridMapStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);

    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("gridMapSelection"));
    m_selection->setWordWrap(true);
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(townLabel);
    top->addWidget(m_townBox);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_pngButton);
    top->addWidget(m_pdfButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_selection);
}

std::optional<qint64> GridMapPage::town() const
{
    return m_townBox->town();
}

void GridMapPage::showTown(qint64 townId)
{
    m_townBox->setTown(townId);
}

void GridMapPage::onTownChosen()
{
    m_selectedGrid.reset();
    reload();
}

void GridMapPage::reload()
{
    const std::optional<qint64> townId = town();
    const GridMapData data = townId ? GridMapLoader::load(*m_session.replica(), *townId) : GridMapData{};
    // Unchanged: leave the map, the user's zoom and the picked grid as they are.
    if (townId == m_shownTown && data == m_scene->data()) {
        updateState();
        return;
    }
    m_shownTown = townId;
    m_scene->setData(data);
    if (m_selectedGrid && std::none_of(data.grids.cbegin(), data.grids.cend(), [this](const MapGrid &grid) {
            return grid.gridId == *m_selectedGrid;
        }))
        m_selectedGrid.reset();
    m_scene->highlightGrid(m_selectedGrid);
    updateState();
}

void GridMapPage::updateState()
{
    const GridMapData &data = m_scene->data();
    const int drawn = m_scene->areaCount();
    m_stack->setCurrentWidget(drawn > 0 ? static_cast<QWidget *>(m_view) : m_emptyState);
    m_pngButton->setEnabled(drawn > 0);
    m_pdfButton->setEnabled(drawn > 0);
    if (!m_shownTown)
        m_emptyState->setText(tr(
            "There are no towns yet. An administrator sets up the regions; they arrive with the next sync."));
    else
        //: The grid map of a town without boundaries (%1: the town).
        m_emptyState->setText(
            tr("No boundaries have been imported for %1 yet.\n\nAn administrator imports the "
               "boundaries (GeoJSON) once for the whole district; the map then appears here "
               "by itself.")
                .arg(data.townName));

    QSet<qint64> covered;
    for (const MapGrid &grid : data.grids)
        covered.unite(QSet<qint64>(grid.areaIds.cbegin(), grid.areaIds.cend()));
    int uncovered = 0;
    QStringList withoutOutline;
    for (const MapArea &area : data.areas) {
        if (area.polygons.isEmpty())
            withoutOutline.append(area.name);
        else if (!covered.contains(area.regionId))
            ++uncovered;
    }
    QStringList parts;
    if (m_shownTown) {
        parts.append(tr("%n area(s) drawn", nullptr, drawn));
        parts.append(tr("%n grid(s)", nullptr, int(data.grids.size())));
    }
    if (uncovered > 0)
        //: 未划分网格: areas hatched red on the map.
        parts.append(tr("%n area(s) in no grid, hatched red", nullptr, uncovered));
    if (drawn > 0 && !withoutOutline.isEmpty()) {
        QString names = withoutOutline.mid(0, kNamesListed).join(tr(", "));
        if (withoutOutline.size() > kNamesListed)
            names += tr(" …");
        parts.append(tr("%n area(s) without a boundary: %1", nullptr, int(withoutOutline.size())).arg(names));
    }
    //: Separates the parts of the map's summary line.
    m_summary->setText(parts.join(tr(" · ")));

    const auto grid = std::find_if(data.grids.cbegin(), data.grids.cend(), [this](const MapGrid &candidate) {
        return m_selectedGrid && candidate.gridId == *m_selectedGrid;
    });
    if (grid == data.grids.cend()) {
        m_selection->setText(
            drawn > 0 ? tr("Click a grid to see its inspector, double-click to open it in the grid "
                           "list. The wheel or + and − zoom, dragging or the arrow keys move the "
                           "map, 0 shows the whole town.")
                      : QString());
        return;
    }
    const QString inspector =
        grid->inspectorName.isEmpty() ? tr("no inspector") : tr("inspector: %1").arg(grid->inspectorName);
    //: The grid picked on the map: name (code) · inspector.
    m_selection->setText(tr("%1 (%2) · %3").arg(grid->name, grid->code, inspector));
}

void GridMapPage::onGridClicked(qint64 gridId)
{
    if (!m_shownTown)
        return;
    m_selectedGrid = gridId;
    m_scene->highlightGrid(gridId);
    updateState();
}

void GridMapPage::onAreaClicked(qint64 regionId)
{
    if (!m_shownTown)
        return;
    m_selectedGrid.reset();
    m_scene->highlightGrid(std::nullopt);
    updateState();
    const QList<MapArea> &areas = m_scene->data().areas;
    const auto area = std::find_if(areas.cbegin(), areas.cend(), [regionId](const MapArea &candidate) {
        return candidate.regionId == regionId;
    });
    if (area != areas.cend())
        m_selection->setText(tr("%1 is in no grid yet.").arg(area->name));
}

QString GridMapPage::title() const
{
    //: Title of the exported map: 遥观镇 网格划分图
    return tr("%1 grid division map").arg(m_scene->data().townName);
}

bool GridMapPage::exportTo(const QString &path, QString *error)
{
    // The picked grid's blue outline is for the screen, not for the saved map.
    m_scene->highlightGrid(std::nullopt);
    const GridMapExporter exporter;
    const bool written = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                             ? exporter.exportPdf(*m_scene, path, title(), error)
                             : exporter.exportPng(*m_scene, path, error);
    m_scene->highlightGrid(m_selectedGrid);
    return written;
}

void GridMapPage::exportWithDialog(bool pdf)
{
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    //: File name without its extension: 遥观镇网格划分图
    const QString name = tr("%1-grid-map").arg(m_scene->data().townName) + suffix;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the grid map as PDF") : tr("Export the grid map as PNG"),
        QDir(folder).filePath(name), pdf ? tr("PDF files (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Map not saved"), error);
        return;
    }
    m_selection->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace gridsafe
