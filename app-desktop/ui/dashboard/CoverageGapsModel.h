#pragma once
// 覆盖缺口清单 — the coverage gaps of every town the replica holds (an operator's own town,
// a reviewer's whole district), one row per gap, computed by the same rules the server
// applies before accepting a filing (common/domain/CoverageGaps). Follows the replica.

#include "domain/CoverageGaps.h"

#include <QAbstractTableModel>
#include <QList>

namespace gridsafe {

class Replica;

class CoverageGapsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Town, Gap, ColumnCount };
    enum Role { GapKindRole = Qt::UserRole + 1, SubjectIdRole, TownIdRole };

    struct TownSummary
    {
        qint64 townId = 0;
        QString townName;
        int gaps = 0;          // not counting the filing's state
        QString filingState;   // in words: filed, waiting, returned, stale, never
        bool complete = false; // no gap at all, filing included
    };

    explicit CoverageGapsModel(Replica &replica, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<TownSummary> &towns() const { return m_towns; }
    std::optional<CoverageGap> gapAt(int row) const;
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    struct Row
    {
        QString townName;
        CoverageGap gap;
    };

    Replica &m_replica;
    QList<Row> m_rows;
    QList<TownSummary> m_towns;
};

} // namespace gridsafe
