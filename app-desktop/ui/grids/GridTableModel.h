#pragma once
// 网格列表 — the grids of one town, one row per grid, read from the replica. Retired grids
// are hidden unless asked for, and greyed when shown (always after the active ones). Rows
// sort by any column, text in Chinese collation (pinyin order, numbers by value), so that
// 留道社区网格 comes before 渔庄村网格 as a Chinese reader expects. Changes still in the
// outbox show at once, laid over the replica (PendingGrids) and marked 待同步.

#include "core/PendingGrids.h"
#include "domain/Grid.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace gridsafe {

class Outbox;
class Replica;

class GridTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Code, Areas, Inspector, Status, Updated, ColumnCount };
    enum Role { GridIdRole = Qt::UserRole + 1, GridActiveRole, GridPendingRole };

    GridTableModel(Replica &replica, Outbox &outbox, QObject *parent = nullptr);

    void setTown(std::optional<qint64> townId);
    std::optional<qint64> town() const { return m_townId; }
    void setShowRetired(bool show);
    bool showRetired() const { return m_showRetired; }
    // Only the grids covering this village, community or park (none: all of the town's).
    void setArea(std::optional<qint64> areaId);
    std::optional<qint64> area() const { return m_areaId; }
    // Only the grids this inspector record holds (a signed-in grid inspector sees their own
    // grids: -1 when their account is linked to no record yet); none: every grid.
    void setHolder(std::optional<qint64> inspectorId);
    std::optional<qint64> holder() const { return m_holderId; }
    // Only the grids whose code, name, areas or inspector contain this text (case-insensitive).
    void setSearch(const QString &text);
    // Rows hidden by the area or the search (not counting retired ones hidden).
    int filteredOut() const { return m_filteredOut; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    std::optional<Grid> gridAt(int row) const;
    std::optional<ShownGrid> shownAt(int row) const;
    int rowOfGrid(qint64 gridId) const; // -1 when not shown
    int activeCount() const { return m_activeCount; }
    int retiredCount() const { return m_retiredCount; }

    void reload();

Q_SIGNALS:
    // After every reload, whether or not rows changed (the counts may have).
    void reloaded();

private:
    // The responsible inspector as the table shows it; `gap` when the grid has none, or one
    // without a valid certificate (一格一员, 持证上岗).
    struct InspectorLabel
    {
        QString text;
        QString detail;
        bool gap = true;
        bool operator==(const InspectorLabel &) const = default;
    };
    QHash<qint64, InspectorLabel> inspectorLabels(const QList<ShownGrid> &rows) const;
    QString areaNames(const Grid &grid) const;
    static QString areaNames(const Grid &grid, const QHash<qint64, QString> &regionNames);
    void sortRows(QList<ShownGrid> &rows, const QHash<qint64, QString> &regionNames,
                  const QHash<qint64, InspectorLabel> &inspectors) const;

    Replica &m_replica;
    Outbox &m_outbox;
    void resetAndReload();
    bool passesFilter(const Grid &grid, const QHash<qint64, QString> &regionNames,
                      const QHash<qint64, InspectorLabel> &inspectors) const;

    std::optional<qint64> m_townId;
    std::optional<qint64> m_areaId;
    std::optional<qint64> m_holderId;
    QString m_search;
    int m_filteredOut = 0;
    bool m_showRetired = false;
    QList<ShownGrid> m_grids; // the rows shown
    QHash<qint64, QString> m_regionNames;
    QHash<qint64, InspectorLabel> m_inspectors; // by grid id
    int m_activeCount = 0;
    int m_retiredCount = 0;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace gridsafe
