#pragma once
// 行政区域树 — the region tree as the replica holds it: district → towns and streets →
// villages, communities and parks. Reloads when the replica changes; a reload that brings
// no region change leaves the model (and the view's selection) alone. Each node shows its
// kind's icon; villages, communities and parks no active grid covers (queued grids counted)
// are marked 未划分网格 (UncoveredRole, drawn by RegionTreeDelegate).

#include "domain/Region.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace gridsafe {

class Outbox;
class Replica;

class RegionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        RegionIdRole = Qt::UserRole + 1,
        // The town-level region this node belongs to (itself for a town); none for the district.
        TownIdRole,
        KindRole,
        UncoveredRole, // true for an area no active grid covers
    };

    // Without an outbox, coverage counts only the grids the server confirmed.
    explicit RegionTreeModel(Replica &replica, Outbox *outbox = nullptr, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfRegion(qint64 regionId) const;
    std::optional<Region> regionAt(const QModelIndex &index) const;

    void reload();
    // The villages, communities and parks of this town that no active grid covers.
    int uncoveredCount(qint64 townId) const;

private:
    struct Node
    {
        Region region;
        int parent = -1; // index into m_nodes; -1 for a top-level node
        int row = 0;     // position among its siblings
        QList<int> children;
    };

    const Node *nodeAt(const QModelIndex &index) const;
    void rebuild(const QList<Region> &regions);
    void updateCoverage();

    Replica &m_replica;
    Outbox *m_outbox;
    QSet<qint64> m_uncovered;
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<qint64, int> m_nodeOfRegion;
};

} // namespace gridsafe
