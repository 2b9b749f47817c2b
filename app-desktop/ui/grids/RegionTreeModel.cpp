#include "ui/grids/RegionTreeModel.h"

#include "core/Outbox.h"
#include "core/PendingGrids.h"
#include "core/Replica.h"

#include <QIcon>

namespace gridsafe {

namespace {

bool sameRegion(const Region &a, const Region &b)
{
    return a.id == b.id && a.parentId == b.parentId && a.kind == b.kind && a.code == b.code
           && a.name == b.name && a.townId == b.townId && a.revision == b.revision;
}

QIcon kindIcon(RegionKind kind)
{
    static const QHash<RegionKind, QIcon> icons = {
        {RegionKind::District, QIcon(QStringLiteral(":/icons/district.svg"))},
        {RegionKind::Town, QIcon(QStringLiteral(":/icons/town.svg"))},
        {RegionKind::Street, QIcon(QStringLiteral(":/icons/town.svg"))},
        {RegionKind::Village, QIcon(QStringLiteral(":/icons/village.svg"))},
        {RegionKind::Community, QIcon(QStringLiteral(":/icons/community.svg"))},
        {RegionKind::Park, QIcon(QStringLiteral(":/icons/park.svg"))},
    };
    return icons.value(kind);
}

} // namespace

RegionTreeModel::RegionTreeModel(Replica &replica, Outbox *outbox, QObject *parent) :
    QAbstractItemModel(parent),
    m_replica(replica),
    m_outbox(outbox)
{
    connect(&m_replica, &Replica::changed, this, &RegionTreeModel::reload);
    if (m_outbox)
        connect(m_outbox, &Outbox::changed, this, &RegionTreeModel::updateCoverage);
    rebuild(m_replica.regions());
    updateCoverage();
}

void RegionTreeModel::updateCoverage()
{
    QSet<qint64> uncovered;
    const QList<OutboxEntry> queue = m_outbox ? m_outbox->entries() : QList<OutboxEntry>();
    for (const Node &town : std::as_const(m_nodes)) {
        if (!isTownLevel(town.region.kind))
            continue;
        QSet<qint64> covered;
        for (const ShownGrid &shown :
             PendingGrids::overlay(m_replica.grids(town.region.id), town.region.id, queue)) {
            if (shown.grid.status == Grid::Status::Active)
                covered.unite(QSet<qint64>(shown.grid.areaIds.cbegin(), shown.grid.areaIds.cend()));
        }
        for (const Node &area : std::as_const(m_nodes)) {
            if (isGridArea(area.region.kind) && area.region.townId == town.region.id
                && !covered.contains(area.region.id))
                uncovered.insert(area.region.id);
        }
    }
    if (uncovered == m_uncovered)
        return;
    const QSet<qint64> changed = (uncovered - m_uncovered) + (m_uncovered - uncovered);
    m_uncovered = std::move(uncovered);
    for (qint64 id : changed) {
        const QModelIndex index = indexOfRegion(id);
        if (index.isValid())
            Q_EMIT dataChanged(index, index, {Qt::ToolTipRole, UncoveredRole});
    }
}

int RegionTreeModel::uncoveredCount(qint64 townId) const
{
    int count = 0;
    for (qint64 id : m_uncovered) {
        const auto node = m_nodeOfRegion.constFind(id);
        if (node != m_nodeOfRegion.cend() && m_nodes.at(*node).region.townId == townId)
            ++count;
    }
    return count;
}

void RegionTreeModel::reload()
{
    const QList<Region> regions = m_replica.regions();
    // Most replica changes are grids; only reset (and disturb the view) when regions moved.
    if (regions.size() == m_nodes.size()) {
        bool same = true;
        for (const Region &region : regions) {
            const auto it = m_nodeOfRegion.constFind(region.id);
            if (it == m_nodeOfRegion.cend() || !sameRegion(m_nodes.at(*it).region, region)) {
                same = false;
                break;
            }
        }
        if (same) {
            updateCoverage();
            return;
        }
    }
    beginResetModel();
    rebuild(regions);
    m_uncovered.clear();
    endResetModel();
    updateCoverage();
}

void RegionTreeModel::rebuild(const QList<Region> &regions)
{
    m_nodes.clear();
    m_roots.clear();
    m_nodeOfRegion.clear();
    m_nodes.reserve(regions.size());
    for (const Region &region : regions) {
        m_nodeOfRegion.insert(region.id, int(m_nodes.size()));
        m_nodes.append(Node{region, -1, 0, {}});
    }
    // Regions come ordered by id, which is the order they were set up in (the official order).
    // A node whose parent is outside the user's scope shows at the top level.
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node &node = m_nodes[i];
        const auto parent =
            node.region.parentId ? m_nodeOfRegion.constFind(*node.region.parentId) : m_nodeOfRegion.cend();
        QList<int> &siblings = parent != m_nodeOfRegion.cend() ? m_nodes[*parent].children : m_roots;
        node.parent = parent != m_nodeOfRegion.cend() ? *parent : -1;
        node.row = int(siblings.size());
        siblings.append(i);
    }
}

const RegionTreeModel::Node *RegionTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto position = qsizetype(index.internalId());
    return position < m_nodes.size() ? &m_nodes.at(position) : nullptr;
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> *siblings = &m_roots;
    if (parent.isValid()) {
        const Node *node = nodeAt(parent);
        if (!node)
            return {};
        siblings = &node->children;
    }
    if (row >= siblings->size())
        return {};
    return createIndex(row, column, quintptr(siblings->at(row)));
}

QModelIndex RegionTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeAt(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int RegionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int RegionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant RegionTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    const Region &region = node->region;
    switch (role) {
    case Qt::DisplayRole:
        return region.name;
    case Qt::DecorationRole:
        return kindIcon(region.kind);
    case Qt::ToolTipRole: {
        QString tip = region.code.isEmpty()
                          ? regionKindDisplayName(region.kind)
                          : tr("%1, code %2").arg(regionKindDisplayName(region.kind), region.code);
        if (m_uncovered.contains(region.id))
            tip += QStringLiteral("\n") + tr("Not in any grid: no active grid covers it yet.");
        return tip;
    }
    case UncoveredRole:
        return m_uncovered.contains(region.id);
    case RegionIdRole:
        return region.id;
    case TownIdRole:
        return region.townId ? QVariant(*region.townId) : QVariant();
    case KindRole:
        return int(region.kind);
    default:
        return {};
    }
}

QVariant RegionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Region");
    return {};
}

QModelIndex RegionTreeModel::indexOfRegion(qint64 regionId) const
{
    const auto it = m_nodeOfRegion.constFind(regionId);
    if (it == m_nodeOfRegion.cend())
        return {};
    return createIndex(m_nodes.at(*it).row, 0, quintptr(*it));
}

std::optional<Region> RegionTreeModel::regionAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return std::nullopt;
    return node->region;
}

} // namespace gridsafe
