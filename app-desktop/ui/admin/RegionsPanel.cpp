#include "ui/admin/RegionsPanel.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "domain/Boundary.h"
#include "domain/CommandName.h"
#include "domain/GeoJsonBoundaries.h"
#include "protocol/ProtocolConstants.h"
#include "ui/grids/RegionEditDialog.h"
#include "ui/grids/RegionTreeActions.h"
#include "ui/grids/RegionTreeDelegate.h"
#include "ui/grids/RegionTreeModel.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStringDecoder>
#include <QTreeView>
#include <QVBoxLayout>

namespace gridsafe {

namespace {

// Far below the frame cap (the command carries the text once, plus a little).
constexpr qint64 kMaxImportBytes = kMaxFrameBytes / 2;

std::optional<Region> findDistrict(const Replica &replica)
{
    for (const Region &region : replica.regions()) {
        if (region.kind == RegionKind::District)
            return region;
    }
    return std::nullopt;
}

} // namespace

RegionsPanel::RegionsPanel(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_session(session),
    m_model(new RegionTreeModel(*session.replica(), session.outbox(), this)),
    m_tree(new QTreeView(this)),
    m_actions(new RegionTreeActions(session, *m_tree, *m_model, this)),
    m_empty(new QLabel(this)),
    m_message(new QLabel(this)),
    m_districtButton(new QPushButton(tr("Create the district…"), this)),
    m_townButton(new QPushButton(tr("Add town or street…"), this)),
    m_areaButton(new QPushButton(tr("Add village, community or park…"), this)),
    m_renameButton(new QPushButton(tr("Rename…"), this)),
    m_importButton(new QPushButton(tr("Import from CSV…"), this)),
    //: 导入边界（GeoJSON）…
    m_boundaryButton(new QPushButton(tr("Import outlines…"), this))
{
    setObjectName(QStringLiteral("regionsPanel"));
    m_tree->setObjectName(QStringLiteral("adminRegionTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setItemDelegate(new RegionTreeDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->expandAll();
    m_empty->setObjectName(QStringLiteral("regionsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(
        tr("There is no district yet. Create the district first; then import the region list "
           "from a CSV file (columns 区划代码, 名称, 类型, 上级) or add its towns and streets one by one."));
    m_message->setObjectName(QStringLiteral("regionsMessage"));
    m_message->setWordWrap(true);
    m_districtButton->setObjectName(QStringLiteral("createDistrictButton"));
    m_townButton->setObjectName(QStringLiteral("addTownButton"));
    m_areaButton->setObjectName(QStringLiteral("addAreaButton"));
    m_renameButton->setObjectName(QStringLiteral("renameRegionButton"));
    m_importButton->setObjectName(QStringLiteral("importRegionsButton"));
    m_importButton->setToolTip(
        tr("A UTF-8 CSV file with the columns 区划代码, 名称, 类型 (镇/街道/村/社区/园区) and "
           "上级; every row is checked before anything is created."));
    m_boundaryButton->setObjectName(QStringLiteral("importBoundariesButton"));
    m_boundaryButton->setToolTip(
        tr("A GeoJSON file (WGS-84 or CGCS2000) of the villages', communities' and parks' outlines for the "
           "grid map, matched by region code or name; outlines already there are replaced."));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button :
         {m_districtButton, m_townButton, m_areaButton, m_renameButton, m_importButton, m_boundaryButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);

    connect(m_districtButton, &QPushButton::clicked, this, &RegionsPanel::createDistrict);
    connect(m_townButton, &QPushButton::clicked, this, &RegionsPanel::addTown);
    connect(m_areaButton, &QPushButton::clicked, m_actions, &RegionTreeActions::addArea);
    connect(m_renameButton, &QPushButton::clicked, m_actions, &RegionTreeActions::rename);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import the region list"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_boundaryButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import the outlines for the grid map"), QString(),
                                         tr("GeoJSON files (*.geojson *.json);;All files (*)"));
        if (!path.isEmpty())
            importBoundaryFile(path);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateState();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &RegionsPanel::updateState);
    connect(&m_session, &ClientSession::commandApplied, this,
            [this](const QString &id, const QCborMap &result) {
                if (id == m_awaitedBoundaries) {
                    m_awaitedBoundaries.clear();
                    m_message->setText(tr("Outlines imported: %1 areas, %2 new, %3 replaced.")
                                           .arg(result.value(QStringLiteral("features")).toInteger())
                                           .arg(result.value(QStringLiteral("created")).toInteger())
                                           .arg(result.value(QStringLiteral("replaced")).toInteger()));
                    return;
                }
                if (id != m_awaitedImport)
                    return;
                m_awaitedImport.clear();
                m_message->setText(tr("Region list imported: %1 rows, %2 created, %3 already there.")
                                       .arg(result.value(QStringLiteral("rows")).toInteger())
                                       .arg(result.value(QStringLiteral("created")).toInteger())
                                       .arg(result.value(QStringLiteral("existing")).toInteger()));
            });
    updateState();
}

void RegionsPanel::updateState()
{
    const bool hasDistrict = findDistrict(*m_session.replica()).has_value();
    m_districtButton->setVisible(!hasDistrict);
    m_townButton->setEnabled(hasDistrict);
    m_importButton->setEnabled(hasDistrict);
    m_boundaryButton->setEnabled(hasDistrict);
    m_areaButton->setEnabled(m_actions->canAddArea());
    m_renameButton->setEnabled(m_actions->canRename());
    m_tree->setVisible(hasDistrict);
    m_empty->setVisible(!hasDistrict);
}

void RegionsPanel::createDistrict()
{
    auto *dialog = new RegionEditDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RegionsPanel::addTown()
{
    const std::optional<Region> district = findDistrict(*m_session.replica());
    if (!district)
        return;
    auto *dialog = new RegionEditDialog(m_session, *district, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool RegionsPanel::importFile(const QString &path)
{
    QFile file(path);
    const auto fail = [this](const QString &message) {
        m_message->setText(message);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.size() > kMaxImportBytes)
        return fail(tr("%1 is %2 KiB; a region list may have at most %3 KiB.")
                        .arg(QFileInfo(path).fileName())
                        .arg(file.size() / 1024)
                        .arg(kMaxImportBytes / 1024));
    const QByteArray bytes = file.readAll();
    auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(bytes);
    if (decode.hasError())
        return fail(
            tr("%1 is not UTF-8 text. In Excel, save it as \"CSV UTF-8\".").arg(QFileInfo(path).fileName()));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QCborMap args;
    args.insert(QStringLiteral("fileName"), QFileInfo(path).fileName());
    args.insert(QStringLiteral("csv"), text);
    auto queued = m_session.submit(QString::fromLatin1(cmd::kRegionImport), args,
                                   tr("Import the region list %1").arg(QFileInfo(path).fileName()));
    if (!queued)
        return fail(queued.error().message);
    m_awaitedImport = queued.value();
    m_message->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    return true;
}

bool RegionsPanel::importBoundaryFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto fail = [this](const QString &message) {
        m_message->setText(message);
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(name, file.errorString()));
    if (file.size() > kMaxBoundaryImportBytes)
        return fail(tr("%1 is %2 KiB; an outline file may have at most %3 KiB. Simplify the outlines or "
                       "import the towns one file at a time.")
                        .arg(name)
                        .arg(file.size() / 1024)
                        .arg(kMaxBoundaryImportBytes / 1024));
    const QByteArray bytes = file.readAll();
    auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decode(bytes);
    if (decode.hasError())
        return fail(tr("%1 is not UTF-8 text, as GeoJSON must be.").arg(name));
    // The server parses it the same way: its problems are said before anything is sent.
    if (const auto parsed = parseGeoJsonBoundaries(bytes); !parsed)
        return fail(tr("%1 cannot be imported: %2").arg(name, parsed.error().message));
    QCborMap args;
    args.insert(QStringLiteral("geojson"), text);
    auto queued = m_session.submit(QString::fromLatin1(cmd::kRegionImportBoundaries), args,
                                   tr("Import the outlines %1").arg(name));
    if (!queued)
        return fail(queued.error().message);
    m_awaitedBoundaries = queued.value();
    m_message->setText(tr("Importing %1…").arg(name));
    return true;
}

} // namespace gridsafe
