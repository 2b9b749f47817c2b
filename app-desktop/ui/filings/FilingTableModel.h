#pragma once
// The division filings (网格划分备案) the replica holds, newest first: of one town, or of every
// town the user sees; optionally only those waiting for the district's decision. Reloads when
// the replica changes (a town has a few filings a year, so a reload is cheap).

#include "domain/Filing.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace gridsafe {

class Replica;

class FilingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Town, Number, Status, Grids, Submitted, Decided, Remark, ColumnCount };
    enum Roles { FilingIdRole = Qt::UserRole + 1, StatusNameRole };

    explicit FilingTableModel(const Replica &replica, QObject *parent = nullptr);

    void setTown(std::optional<qint64> townId);
    std::optional<qint64> town() const { return m_townId; }
    void setAwaitingOnly(bool awaitingOnly);
    std::optional<Filing> filingAt(int row) const;
    int rowOfFiling(qint64 filingId) const;
    QString townName(qint64 townId) const { return m_townNames.value(townId); }
    // A filing's status in words (已备案, 待审核 …); `stale` for the town's latest filed filing
    // whose division has changed since.
    static QString statusText(const Filing &filing, bool stale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void reloaded();

private:
    void reload();
    bool isStale(const Filing &filing) const;

    const Replica &m_replica;
    std::optional<qint64> m_townId;
    bool m_awaitingOnly = false;
    QList<Filing> m_filings;
    QHash<qint64, QString> m_townNames;
    QHash<qint64, int> m_divisionRevisions; // town → current division revision
    QHash<qint64, int> m_latestNumbers;     // town → its latest filing's number
};

} // namespace gridsafe
