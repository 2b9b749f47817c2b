#pragma once
// The register's table: every enterprise in the user's scope (an operator's town, or the
// district), filtered and sorted in the model itself, because a hundred thousand rows are too
// many for a sort-filter proxy's per-row calls. Names sort in pinyin order through collation
// keys made once per row. A sync changes only the rows it touched: rows are updated, moved,
// inserted or removed one by one (larger batches reset the model), so the user's place and
// selection stay. A large register loads on a worker thread (EnterpriseRegisterLoader): the
// table is empty and isLoading() until it lands, and changes that arrive meanwhile are laid
// over it when it does. Commands waiting in the outbox are laid over their rows (待同步), and
// an enterprise registered offline shows with a negative id until the server gives it one.

#include "core/Replica.h"
#include "core/enterprises/EnterpriseRegisterLoader.h"
#include "core/enterprises/PendingEnterprises.h"
#include "ui/enterprises/EnterpriseFilter.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QSet>

#include <optional>
#include <unordered_map>
#include <vector>

namespace gridsafe {

class EnterpriseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CodeColumn,
        TownColumn,
        VillageColumn,
        GridColumn,
        CategoryColumn,
        RiskColumn,
        SectorColumn,
        FlagsColumn,
        ScaleColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { EnterpriseIdRole = Qt::UserRole + 1, TownIdRole };
    // More changed rows than this in one sync reset the model instead of moving rows one by one.
    static constexpr int kIncrementalLimit = 500;
    // Registers larger than this load on a worker thread; smaller ones load at once, faster
    // than a thread starts.
    static constexpr int kBackgroundLoadThreshold = 5000;

    // townId: an operator's town, or none for every town the replica holds (see setScope).
    EnterpriseTableModel(Replica &replica, std::optional<qint64> townId, QObject *parent = nullptr);

    // Lays the outbox's queued enterprise commands over the rows, now and whenever it changes.
    void setOutbox(Outbox *outbox);
    // What waits in the outbox for this enterprise, laid over; null when nothing does.
    const PendingEnterprise *pending(qint64 enterpriseId) const;

    // An operator's town, or none for every town the replica holds.
    void setScope(std::optional<qint64> townId);
    void setFilter(const EnterpriseFilter &filter);
    const EnterpriseFilter &filter() const { return m_filter; }
    int totalCount() const { return int(m_items.size()); }
    const EnterpriseRow &rowAt(int row) const { return m_visible.at(std::size_t(row))->row; }
    std::optional<int> rowOf(qint64 enterpriseId) const;
    QList<qint64> visibleIds() const;
    // The name shown for a region or grid id.
    QString regionName(std::optional<qint64> id) const;
    QString gridName(std::optional<qint64> id) const;
    void reload();
    bool isLoading() const { return m_loading; }
    // Tests and the benchmark set this to take either path whatever the register's size.
    void setBackgroundLoadThreshold(int rows) { m_backgroundLoadThreshold = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The number of rows in scope or shown changed.
    void countsChanged();
    // A background load started or landed.
    void loadingChanged(bool loading);

private:
    using Item = SortableEnterprise;

    void onEntitiesChanged(const ReplicaChanges &changes);
    void applyChanged(const QList<qint64> &ids);
    void refreshPending();
    void onLoaded();
    void install(EnterpriseRegisterSnapshot snapshot);
    void applyOne(qint64 id, const std::optional<EnterpriseRow> &fresh);
    void loadNames();
    void rebuildVisible();
    bool lessThan(const Item *a, const Item *b) const;
    std::size_t insertionPoint(const Item *item) const;
    int visiblePosition(const Item *item) const;
    QString supervisionText(const EnterpriseRow &row) const;

    Replica &m_replica;
    QCollator m_collator;
    EnterpriseRegisterLoader m_loader;
    int m_backgroundLoadThreshold = kBackgroundLoadThreshold;
    QSet<qint64> m_changedWhileLoading;
    Outbox *m_outbox = nullptr;
    QHash<qint64, PendingEnterprise> m_pending;
    bool m_loading = false; // set from a background load's start until its rows are shown
    std::optional<qint64> m_scope;
    EnterpriseFilter m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::unordered_map<qint64, Item> m_items; // nodes stay put, so m_visible may point at them
    std::vector<Item *> m_visible;
    QHash<qint64, QString> m_regionNames;
    QHash<qint64, QString> m_gridNames;
    QHash<qint64, int> m_regionRank; // pinyin order of names, for sorting by town or village
    QHash<qint64, int> m_gridRank;
};

} // namespace gridsafe
