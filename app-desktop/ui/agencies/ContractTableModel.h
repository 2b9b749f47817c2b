#pragma once
// 服务合同 — one town's service contracts with technical service agencies: the agency, the
// period, whether it is in force, ended or terminated early, the grids it supports, and the
// agency's own coaching of the town's enterprises (单独指导服务) during the contract, which
// the exclusivity rule forbids: such a contract shows red and names the engagements. Read
// from the replica, newest first; rows reset only when what they show changed.

#include "domain/CoachingEngagement.h"
#include "domain/ServiceContract.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

namespace gridsafe {

class Replica;

class ContractTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AgencyName, Period, Status, Grids, Overlaps, ColumnCount };
    enum Role { ContractIdRole = Qt::UserRole + 1, OverlapRole, TerminableRole };

    explicit ContractTableModel(Replica &replica, QObject *parent = nullptr);

    void setTown(std::optional<qint64> townId);
    std::optional<qint64> town() const { return m_townId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<ServiceContract> contractAt(int row) const;
    int rowOfContract(qint64 contractId) const; // -1 when not shown
    // Each overlap between a contract and an engagement, in words, for the page to list.
    QStringList overlapDescriptions() const;

    void reload();

Q_SIGNALS:
    void reloaded();

private:
    struct Row
    {
        ServiceContract contract;
        QString agencyName;
        QStringList grids;
        QList<CoachingEngagement> overlaps;
        QString status;
    };
    static bool sameRow(const Row &a, const Row &b);
    QString displayText(const Row &row, int column) const;

    Replica &m_replica;
    std::optional<qint64> m_townId;
    QList<Row> m_rows;
    QString m_today;
};

} // namespace gridsafe
