#include "ui/grids/GridTableModel.h"

#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "ui/PendingRowStyle.h"

#include <QCollator>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace gridsafe {

namespace {

bool sameGrid(const Grid &a, const Grid &b)
{
    return a.id == b.id && a.revision == b.revision && a.status == b.status && a.name == b.name
           && a.code == b.code && a.areaIds == b.areaIds && a.inspectorId == b.inspectorId
           && a.updatedAt == b.updatedAt && a.createdAt == b.createdAt;
}

bool sameShown(const ShownGrid &a, const ShownGrid &b)
{
    return sameGrid(a.grid, b.grid) && a.pendingChanges == b.pendingChanges
           && a.lastPendingCommand == b.lastPendingCommand;
}

bool sameGrids(const QList<ShownGrid> &a, const QList<ShownGrid> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), sameShown);
}

} // namespace

GridTableModel::GridTableModel(Replica &replica, Outbox &outbox, QObject *parent) :
    QAbstractTableModel(parent),
    m_replica(replica),
    m_outbox(outbox)
{
    connect(&m_replica, &Replica::changed, this, &GridTableModel::reload);
    connect(&m_outbox, &Outbox::changed, this, &GridTableModel::reload);
}

void GridTableModel::setTown(std::optional<qint64> townId)
{
    if (m_townId == townId)
        return;
    m_townId = townId;
    resetAndReload();
}

void GridTableModel::setShowRetired(bool show)
{
    if (m_showRetired == show)
        return;
    m_showRetired = show;
    resetAndReload();
}

void GridTableModel::setArea(std::optional<qint64> areaId)
{
    if (m_areaId == areaId)
        return;
    m_areaId = areaId;
    reload();
}

void GridTableModel::setHolder(std::optional<qint64> inspectorId)
{
    if (m_holderId == inspectorId)
        return;
    m_holderId = inspectorId;
    reload();
}

void GridTableModel::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (m_search == search)
        return;
    m_search = search;
    reload();
}

void GridTableModel::resetAndReload()
{
    beginResetModel();
    m_grids.clear();
    endResetModel();
    reload();
}

bool GridTableModel::passesFilter(const Grid &grid, const QHash<qint64, QString> &regionNames,
                                  const QHash<qint64, InspectorLabel> &inspectors) const
{
    if (m_areaId && !grid.areaIds.contains(*m_areaId))
        return false;
    if (m_holderId && grid.inspectorId != *m_holderId)
        return false;
    if (m_search.isEmpty())
        return true;
    return grid.name.contains(m_search, Qt::CaseInsensitive)
           || grid.code.contains(m_search, Qt::CaseInsensitive)
           || areaNames(grid, regionNames).contains(m_search, Qt::CaseInsensitive)
           || (inspectors.contains(grid.id)
               && inspectors.value(grid.id).text.contains(m_search, Qt::CaseInsensitive));
}

QHash<qint64, GridTableModel::InspectorLabel>
GridTableModel::inspectorLabels(const QList<ShownGrid> &rows) const
{
    QHash<qint64, InspectorLabel> labels;
    if (!m_townId)
        return labels;
    const ReplicaRecords records(m_replica);
    QHash<qint64, gridsafe::Inspector> inspectors;
    for (const gridsafe::Inspector &inspector : records.inspectors(*m_townId))
        inspectors.insert(inspector.id, inspector);
    const QString today = civilDateText(chinaDate(QDateTime::currentDateTimeUtc()));
    QHash<qint64, Certificate> valid;
    for (const Certificate &certificate : records.certificates(*m_townId)) {
        if (certificate.validOn(today))
            valid.insert(certificate.inspectorId, certificate);
    }
    for (const ShownGrid &shown : rows) {
        const Grid &grid = shown.grid;
        InspectorLabel label;
        if (!grid.inspectorId) {
            label.text = tr("No inspector");
        } else if (!inspectors.contains(*grid.inspectorId)) {
            label.text = tr("Inspector %1").arg(*grid.inspectorId);
        } else {
            const gridsafe::Inspector &inspector = inspectors.value(*grid.inspectorId);
            label.text = inspector.name;
            if (const auto certificate = valid.constFind(inspector.id); certificate != valid.cend()) {
                label.gap = !inspector.active;
                label.detail = tr("%1, certificate %2 valid until %3")
                                   .arg(inspector.phone, certificate->number, certificate->validUntil);
            } else {
                //: Shown after the inspector's name when they hold no valid certificate.
                label.text = tr("%1 (no valid certificate)").arg(inspector.name);
                label.detail =
                    tr("Only an inspector with a valid certificate may be responsible for a grid.");
            }
        }
        labels.insert(grid.id, label);
    }
    return labels;
}

void GridTableModel::reload()
{
    QHash<qint64, QString> names;
    for (const Region &region : m_replica.regions())
        names.insert(region.id, region.name);
    QList<ShownGrid> all;
    if (m_townId)
        all = PendingGrids::overlay(m_replica.grids(*m_townId), *m_townId, m_outbox.entries());
    QHash<qint64, InspectorLabel> inspectors = inspectorLabels(all);
    QList<ShownGrid> rows;
    int active = 0;
    int retired = 0;
    int filteredOut = 0;
    for (ShownGrid &shown : all) {
        const bool isActive = shown.grid.status == Grid::Status::Active;
        ++(isActive ? active : retired);
        if (!isActive && !m_showRetired)
            continue;
        if (!passesFilter(shown.grid, names, inspectors)) {
            ++filteredOut;
            continue;
        }
        rows.append(std::move(shown));
    }
    m_filteredOut = filteredOut;
    m_activeCount = active;
    m_retiredCount = retired;
    sortRows(rows, names, inspectors);
    // Syncs arrive often; leave the view (selection, scrolling) alone when nothing shown changed.
    if (!sameGrids(rows, m_grids) || names != m_regionNames || inspectors != m_inspectors) {
        beginResetModel();
        m_grids = std::move(rows);
        m_regionNames = std::move(names);
        m_inspectors = std::move(inspectors);
        endResetModel();
    }
    Q_EMIT reloaded();
}

void GridTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    // A reset, not a layout change: the page keeps its selection across resets by grid id.
    beginResetModel();
    sortRows(m_grids, m_regionNames, m_inspectors);
    endResetModel();
}

void GridTableModel::sortRows(QList<ShownGrid> &rows, const QHash<qint64, QString> &regionNames,
                              const QHash<qint64, InspectorLabel> &inspectors) const
{
    static const QCollator chinese = [] {
        QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        collator.setNumericMode(true);
        return collator;
    }();
    const auto compareColumn = [&](const Grid &a, const Grid &b) {
        switch (m_sortColumn) {
        case Code:
            return chinese.compare(a.code, b.code);
        case Areas:
            return chinese.compare(areaNames(a, regionNames), areaNames(b, regionNames));
        case Inspector:
            return chinese.compare(inspectors.value(a.id).text, inspectors.value(b.id).text);
        case Status:
            return int(a.status) - int(b.status);
        case Updated:
            return QString::compare(a.updatedAt, b.updatedAt);
        default:
            return chinese.compare(a.name, b.name);
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const ShownGrid &shownA, const ShownGrid &shownB) {
        const Grid &a = shownA.grid;
        const Grid &b = shownB.grid;
        if (a.status != b.status)
            return a.status == Grid::Status::Active;
        int order = compareColumn(a, b);
        if (order == 0)
            order = chinese.compare(a.name, b.name);
        if (order == 0)
            return a.id < b.id;
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    });
}

int GridTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grids.size());
}

int GridTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GridTableModel::areaNames(const Grid &grid) const
{
    return areaNames(grid, m_regionNames);
}

QString GridTableModel::areaNames(const Grid &grid, const QHash<qint64, QString> &regionNames)
{
    QStringList names;
    for (qint64 area : grid.areaIds)
        names.append(regionNames.value(area, tr("Area %1").arg(area)));
    //: Separates the names of the areas a grid covers; Chinese uses "、".
    return names.join(tr(", "));
}

QVariant GridTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ShownGrid &shown = m_grids.at(index.row());
    const Grid &grid = shown.grid;
    const bool active = grid.status == Grid::Status::Active;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Code:
            return grid.code;
        case Name:
            return grid.name;
        case Areas:
            return areaNames(grid);
        case Inspector:
            return m_inspectors.value(grid.id).text;
        case Status:
            if (shown.isPending())
                //: The grid's state while a change to it waits to be sent to the server.
                return active ? tr("Active · pending sync") : tr("Retired · pending sync");
            return active ? tr("Active") : tr("Retired");
        case Updated:
            return PendingRowStyle::localTime(grid.updatedAt.isEmpty() ? grid.createdAt : grid.updatedAt);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (shown.isPending())
            return PendingRowStyle::data(role, shown.pendingChanges);
        if (!active)
            return tr("Retired on %1: %2").arg(PendingRowStyle::localTime(grid.retiredAt), grid.retireReason);
        if (index.column() == Areas)
            return grid.part.isEmpty() ? areaNames(grid)
                                       : tr("%1 (part: %2)").arg(areaNames(grid), grid.part);
        if (index.column() == Inspector)
            return m_inspectors.value(grid.id).detail;
        return {};
    case Qt::ForegroundRole:
        if (!active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        // A gap in the division shows where it is (一格一员, 持证上岗).
        if (index.column() == Inspector && m_inspectors.value(grid.id).gap && !shown.isPending())
            return QColor(0xc6, 0x28, 0x28);
        return PendingRowStyle::data(role, shown.pendingChanges);
    case Qt::FontRole:
        return PendingRowStyle::data(role, shown.pendingChanges);
    case GridPendingRole:
        return shown.isPending();
    case GridIdRole:
        return grid.id;
    case GridActiveRole:
        return active;
    default:
        return {};
    }
}

QVariant GridTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Areas:
        return tr("Areas");
    case Inspector:
        return tr("Inspector");
    case Status:
        return tr("Status");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<Grid> GridTableModel::gridAt(int row) const
{
    if (row < 0 || row >= m_grids.size())
        return std::nullopt;
    return m_grids.at(row).grid;
}

std::optional<ShownGrid> GridTableModel::shownAt(int row) const
{
    if (row < 0 || row >= m_grids.size())
        return std::nullopt;
    return m_grids.at(row);
}

int GridTableModel::rowOfGrid(qint64 gridId) const
{
    for (int row = 0; row < m_grids.size(); ++row) {
        if (m_grids.at(row).grid.id == gridId)
            return row;
    }
    return -1;
}

} // namespace gridsafe
