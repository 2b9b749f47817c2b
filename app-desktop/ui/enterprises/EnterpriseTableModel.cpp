#include "ui/enterprises/EnterpriseTableModel.h"

#include "core/enterprises/ReplicaEnterprises.h"
#include "ui/PendingRowStyle.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <bit>

namespace gridsafe {

namespace {

QString flagsText(quint16 flags)
{
    QStringList names;
    const QStringList known = knownFocusFlags();
    for (int bit = 0; bit < known.size(); ++bit) {
        if (flags & (1u << bit))
            names.append(focusFlagDisplayName(known.at(bit)));
    }
    if (flags & EnterpriseRow::kOtherFlag)
        names.append(EnterpriseTableModel::tr("other"));
    return names.join(QStringLiteral("、"));
}

int flagCount(quint16 flags)
{
    return std::popcount(flags);
}

// Rows with no value sort after those with one, whichever the order.
int optionalOrder(bool has, int value)
{
    return has ? value : 1000;
}

} // namespace

EnterpriseTableModel::EnterpriseTableModel(Replica &replica, std::optional<qint64> townId, QObject *parent) :
    QAbstractTableModel(parent),
    m_replica(replica),
    m_collator(EnterpriseRegisterSnapshot::nameCollator()),
    m_scope(townId)
{
    connect(&m_loader, &EnterpriseRegisterLoader::loaded, this, &EnterpriseTableModel::onLoaded);
    connect(&m_replica, &Replica::entitiesChanged, this, &EnterpriseTableModel::onEntitiesChanged);
    connect(&m_replica, &Replica::cleared, this, &EnterpriseTableModel::reload);
    loadNames();
    reload();
}

void EnterpriseTableModel::setScope(std::optional<qint64> townId)
{
    if (townId == m_scope && (!m_items.empty() || m_loading))
        return;
    m_scope = townId;
    reload();
}

void EnterpriseTableModel::setFilter(const EnterpriseFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuildVisible();
    endResetModel();
    Q_EMIT countsChanged();
}

void EnterpriseTableModel::reload()
{
    const bool wasLoading = m_loading;
    m_loader.cancel();
    m_changedWhileLoading.clear();
    beginResetModel();
    m_items.clear();
    m_visible.clear();
    const auto count = ReplicaEnterprises(m_replica.sql()).count(m_scope);
    const bool inBackground = count.ok() && count.value() > m_backgroundLoadThreshold;
    if (inBackground)
        m_loader.start(m_replica.path(), m_scope);
    else
        install(EnterpriseRegisterSnapshot::read(m_replica.sql(), m_scope, std::atomic<bool>(false)));
    m_loading = inBackground;
    endResetModel();
    if (!inBackground)
        refreshPending();
    if (inBackground != wasLoading)
        Q_EMIT loadingChanged(inBackground);
    Q_EMIT countsChanged();
}

void EnterpriseTableModel::install(EnterpriseRegisterSnapshot snapshot)
{
    m_items = std::move(snapshot.items);
    m_visible.clear();
    m_visible.reserve(m_items.size());
    for (Item *item : snapshot.byName) {
        if (m_filter.matches(item->row))
            m_visible.push_back(item);
    }
    // The snapshot comes in name order; only another order needs a sort.
    if (m_sortColumn != NameColumn)
        std::sort(m_visible.begin(), m_visible.end(),
                  [this](const Item *a, const Item *b) { return lessThan(a, b); });
    else if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_visible.begin(), m_visible.end());
}

void EnterpriseTableModel::onLoaded()
{
    EnterpriseRegisterSnapshot snapshot = m_loader.takeSnapshot();
    // The worker could not read (its own connection failed): read here rather than show nothing.
    if (!snapshot.complete)
        snapshot = EnterpriseRegisterSnapshot::read(m_replica.sql(), m_scope, std::atomic<bool>(false));
    beginResetModel();
    install(std::move(snapshot));
    m_loading = false;
    endResetModel();
    refreshPending();
    // Changes that arrived during the load, which the snapshot may or may not hold.
    const QList<qint64> changed(m_changedWhileLoading.cbegin(), m_changedWhileLoading.cend());
    m_changedWhileLoading.clear();
    if (!changed.isEmpty())
        applyChanged(changed);
    Q_EMIT loadingChanged(false);
    Q_EMIT countsChanged();
}

void EnterpriseTableModel::rebuildVisible()
{
    m_visible.clear();
    m_visible.reserve(m_items.size());
    for (auto &[id, item] : m_items) {
        if (m_filter.matches(item.row))
            m_visible.push_back(&item);
    }
    std::sort(m_visible.begin(), m_visible.end(),
              [this](const Item *a, const Item *b) { return lessThan(a, b); });
}

void EnterpriseTableModel::loadNames()
{
    m_regionNames.clear();
    m_gridNames.clear();
    m_regionRank.clear();
    m_gridRank.clear();
    QList<Region> regions = m_replica.regions();
    std::sort(regions.begin(), regions.end(),
              [this](const Region &a, const Region &b) { return m_collator.compare(a.name, b.name) < 0; });
    for (const Region &region : regions) {
        m_regionNames.insert(region.id, region.name);
        m_regionRank.insert(region.id, int(m_regionRank.size()));
        if (!isTownLevel(region.kind))
            continue;
        QList<Grid> grids = m_replica.grids(region.id);
        for (const Grid &grid : grids)
            m_gridNames.insert(grid.id, grid.name);
    }
    QList<qint64> gridIds = m_gridNames.keys();
    std::sort(gridIds.begin(), gridIds.end(), [this](qint64 a, qint64 b) {
        return m_collator.compare(m_gridNames.value(a), m_gridNames.value(b)) < 0;
    });
    for (qint64 id : gridIds)
        m_gridRank.insert(id, int(m_gridRank.size()));
}

bool EnterpriseTableModel::lessThan(const Item *a, const Item *b) const
{
    const EnterpriseRow &x = a->row;
    const EnterpriseRow &y = b->row;
    auto rank = [](const QHash<qint64, int> &ranks, const std::optional<qint64> &id) {
        return id ? ranks.value(*id, 999999) : 1000000;
    };
    int order = 0;
    switch (m_sortColumn) {
    case CodeColumn:
        order = x.creditCode.compare(y.creditCode);
        break;
    case TownColumn:
        order = rank(m_regionRank, x.townId) - rank(m_regionRank, y.townId);
        break;
    case VillageColumn:
        order = rank(m_regionRank, x.villageId) - rank(m_regionRank, y.villageId);
        break;
    case GridColumn:
        order = (rank(m_gridRank, x.gridId) + (x.direct ? 0 : 1))
                - (rank(m_gridRank, y.gridId) + (y.direct ? 0 : 1));
        break;
    case CategoryColumn:
        order = int(x.category()) - int(y.category());
        break;
    case RiskColumn:
        order = optionalOrder(x.riskLevel.has_value(), x.riskLevel ? int(*x.riskLevel) : 0)
                - optionalOrder(y.riskLevel.has_value(), y.riskLevel ? int(*y.riskLevel) : 0);
        break;
    case SectorColumn:
        order = optionalOrder(x.sector.has_value(), x.sector ? int(*x.sector) : 0)
                - optionalOrder(y.sector.has_value(), y.sector ? int(*y.sector) : 0);
        break;
    case FlagsColumn:
        order = flagCount(y.flags) - flagCount(x.flags); // the most flags first
        break;
    case ScaleColumn:
        order = int(x.scale) - int(y.scale);
        break;
    case StatusColumn:
        order = int(x.status) - int(y.status);
        break;
    default:
        break;
    }
    if (order == 0)
        order = a->nameKey.compare(b->nameKey);
    if (order == 0)
        order = x.id < y.id ? -1 : (x.id > y.id ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void EnterpriseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<const Item *> held;
    held.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        held.push_back(index.isValid() ? m_visible.at(std::size_t(index.row())) : nullptr);
    m_sortColumn = column;
    m_sortOrder = order;
    std::sort(m_visible.begin(), m_visible.end(),
              [this](const Item *a, const Item *b) { return lessThan(a, b); });
    QHash<const Item *, int> position;
    position.reserve(qsizetype(m_visible.size()));
    for (std::size_t i = 0; i < m_visible.size(); ++i)
        position.insert(m_visible[i], int(i));
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(held[std::size_t(i)] ? index(position.value(held[std::size_t(i)]), before.at(i).column())
                                          : QModelIndex());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EnterpriseTableModel::onEntitiesChanged(const ReplicaChanges &changes)
{
    if (changes.contains(QStringLiteral("region")) || changes.contains(QStringLiteral("grid"))) {
        loadNames();
        if (m_sortColumn == TownColumn || m_sortColumn == VillageColumn || m_sortColumn == GridColumn)
            sort(m_sortColumn, m_sortOrder);
        else if (!m_visible.empty())
            Q_EMIT dataChanged(index(0, TownColumn), index(int(m_visible.size()) - 1, GridColumn));
    }
    const QSet<qint64> ids = changes.value(QStringLiteral("enterprise"));
    if (ids.isEmpty())
        return;
    if (m_loading)
        m_changedWhileLoading.unite(ids);
    if (ids.size() > kIncrementalLimit || m_changedWhileLoading.size() > kIncrementalLimit) {
        reload();
        return;
    }
    if (!m_loading)
        applyChanged(QList<qint64>(ids.cbegin(), ids.cend()));
}

void EnterpriseTableModel::applyChanged(const QList<qint64> &list)
{
    auto fresh = ReplicaEnterprises(m_replica.sql()).rows(list);
    if (!fresh) {
        reload();
        return;
    }
    QHash<qint64, EnterpriseRow> byId;
    for (const EnterpriseRow &row : fresh.value())
        byId.insert(row.id, row);
    bool underPending = false;
    for (qint64 id : list) {
        // A row with queued changes shows them over the new confirmed state, below.
        if (m_pending.contains(id)) {
            underPending = true;
            continue;
        }
        const auto found = byId.constFind(id);
        applyOne(id, found == byId.cend() ? std::nullopt : std::optional(*found));
    }
    if (underPending)
        refreshPending();
    Q_EMIT countsChanged();
}

void EnterpriseTableModel::setOutbox(Outbox *outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    if (m_outbox)
        connect(m_outbox, &Outbox::changed, this, &EnterpriseTableModel::refreshPending);
    refreshPending();
}

const PendingEnterprise *EnterpriseTableModel::pending(qint64 enterpriseId) const
{
    const auto found = m_pending.constFind(enterpriseId);
    return found == m_pending.cend() ? nullptr : &found.value();
}

void EnterpriseTableModel::refreshPending()
{
    if (m_loading)
        return; // laid over when the load lands
    const ReplicaEnterprises enterprises(m_replica.sql());
    QHash<qint64, PendingEnterprise> now;
    if (m_outbox)
        now = PendingEnterprises::overlay(m_outbox->entries(),
                                          [&enterprises](qint64 id) { return enterprises.enterprise(id); });
    if (now.isEmpty() && m_pending.isEmpty())
        return;
    // Rows no longer pending go back to their confirmed state (or away, when never confirmed).
    QList<qint64> settled;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!now.contains(it.key()) && it.key() > 0)
            settled.append(it.key());
    }
    QHash<qint64, EnterpriseRow> confirmed;
    if (!settled.isEmpty()) {
        if (auto rows = enterprises.rows(settled); rows) {
            for (const EnterpriseRow &row : rows.value())
                confirmed.insert(row.id, row);
        }
    }
    const QHash<qint64, PendingEnterprise> before = std::exchange(m_pending, now);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (now.contains(it.key()))
            continue;
        const auto found = confirmed.constFind(it.key());
        applyOne(it.key(), found == confirmed.cend() ? std::nullopt : std::optional(*found));
    }
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        applyOne(it.key(), EnterpriseRow::from(it->enterprise));
        // Its text style and tooltip changed even where its values did not.
        if (const std::optional<int> row = rowOf(it.key()))
            Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
    }
    Q_EMIT countsChanged();
}

void EnterpriseTableModel::applyOne(qint64 id, const std::optional<EnterpriseRow> &fresh)
{
    auto existing = m_items.find(id);
    const int shownAt = existing == m_items.end() ? -1 : visiblePosition(&existing->second);
    const bool inScope = fresh && (!m_scope || fresh->townId == *m_scope);
    if (!inScope) {
        if (existing == m_items.end())
            return;
        if (shownAt >= 0) {
            beginRemoveRows({}, shownAt, shownAt);
            m_visible.erase(m_visible.begin() + shownAt);
            endRemoveRows();
        }
        m_items.erase(existing);
        return;
    }
    Item *item = nullptr;
    if (existing == m_items.end()) {
        item = &m_items.emplace(id, Item{*fresh, m_collator.sortKey(fresh->name)}).first->second;
    } else {
        item = &existing->second;
        if (item->row.name != fresh->name)
            item->nameKey = m_collator.sortKey(fresh->name);
        item->row = *fresh;
    }
    const bool show = m_filter.matches(item->row);
    if (shownAt >= 0) {
        const std::size_t at = std::size_t(shownAt);
        const bool inOrder = (at == 0 || !lessThan(item, m_visible[at - 1]))
                             && (at + 1 == m_visible.size() || !lessThan(m_visible[at + 1], item));
        if (show && inOrder) {
            Q_EMIT dataChanged(index(shownAt, 0), index(shownAt, ColumnCount - 1));
            return;
        }
        beginRemoveRows({}, shownAt, shownAt);
        m_visible.erase(m_visible.begin() + shownAt);
        endRemoveRows();
    }
    if (!show)
        return;
    const std::size_t at = insertionPoint(item);
    beginInsertRows({}, int(at), int(at));
    m_visible.insert(m_visible.begin() + qsizetype(at), item);
    endInsertRows();
}

std::size_t EnterpriseTableModel::insertionPoint(const Item *item) const
{
    const auto it = std::upper_bound(m_visible.begin(), m_visible.end(), item,
                                     [this](const Item *a, const Item *b) { return lessThan(a, b); });
    return std::size_t(it - m_visible.begin());
}

int EnterpriseTableModel::visiblePosition(const Item *item) const
{
    const auto it = std::find(m_visible.begin(), m_visible.end(), item);
    return it == m_visible.end() ? -1 : int(it - m_visible.begin());
}

std::optional<int> EnterpriseTableModel::rowOf(qint64 enterpriseId) const
{
    const auto found = m_items.find(enterpriseId);
    if (found == m_items.end())
        return std::nullopt;
    const int at = visiblePosition(&found->second);
    return at < 0 ? std::nullopt : std::optional(at);
}

QList<qint64> EnterpriseTableModel::visibleIds() const
{
    QList<qint64> ids;
    ids.reserve(qsizetype(m_visible.size()));
    for (const Item *item : m_visible)
        ids.append(item->row.id);
    return ids;
}

QString EnterpriseTableModel::regionName(std::optional<qint64> id) const
{
    return id ? m_regionNames.value(*id) : QString();
}

QString EnterpriseTableModel::gridName(std::optional<qint64> id) const
{
    return id ? m_gridNames.value(*id) : QString();
}

QString EnterpriseTableModel::supervisionText(const EnterpriseRow &row) const
{
    switch (row.supervision()) {
    case Supervision::Grid:
        return gridName(row.gridId);
    case Supervision::Direct:
        return tr("Town (direct)");
    case Supervision::None:
        break;
    }
    return tr("Not covered");
}

int EnterpriseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int EnterpriseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnterpriseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_visible.size()))
        return {};
    const EnterpriseRow &row = rowAt(index.row());
    if (role == EnterpriseIdRole)
        return row.id;
    if (role == TownIdRole)
        return row.townId;
    if (role == Qt::ForegroundRole || role == Qt::FontRole || role == Qt::ToolTipRole) {
        if (const PendingEnterprise *waiting = pending(row.id))
            return PendingRowStyle::data(role, waiting->changes);
    }
    if (role == Qt::DecorationRole && index.column() == RiskColumn && row.riskLevel)
        return QColor(riskLevelColor(*row.riskLevel));
    if (role == Qt::ForegroundRole) {
        if (index.column() == GridColumn && row.supervision() == Supervision::None)
            return QColor(0xc6, 0x28, 0x28);
        if (row.status == EnterpriseStatus::Closed)
            return QColor(Qt::gray);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == GridColumn && row.supervision() == Supervision::None)
        return tr("In no grid and not supervised directly by the town: a gap in 工业企业全纳入.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case CodeColumn:
        return row.creditCode;
    case TownColumn:
        return regionName(row.townId);
    case VillageColumn:
        return regionName(row.villageId);
    case GridColumn:
        return supervisionText(row);
    case CategoryColumn:
        return patrolCategoryDisplayName(row.category());
    case RiskColumn:
        return row.riskLevel ? riskLevelDisplayName(*row.riskLevel) : tr("Not reported");
    case SectorColumn:
        return row.sector ? keySectorDisplayName(*row.sector) : QStringLiteral("—");
    case FlagsColumn:
        return flagsText(row.flags);
    case ScaleColumn:
        return enterpriseScaleDisplayName(row.scale);
    case StatusColumn:
        return enterpriseStatusDisplayName(row.status);
    default:
        return {};
    }
}

QVariant EnterpriseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Enterprise");
    case CodeColumn:
        return tr("Credit code");
    case TownColumn:
        return tr("Town");
    case VillageColumn:
        return tr("Village");
    case GridColumn:
        return tr("Grid");
    case CategoryColumn:
        return tr("Patrol category");
    case RiskColumn:
        return tr("Risk");
    case SectorColumn:
        return tr("Key sector");
    case FlagsColumn:
        return tr("Focus");
    case ScaleColumn:
        return tr("Scale");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace gridsafe
