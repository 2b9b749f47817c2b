#pragma once
// 单独指导服务 — one town's coaching engagements: an agency coaching one enterprise on its own
// account, with the enterprise's unified social credit code, the period and a note. An
// engagement during a contract of the same agency with the town (the exclusivity rule)
// shows red and names the contract. Read from the replica, newest first.

#include "domain/CoachingEngagement.h"
#include "domain/ServiceContract.h"

#include <QAbstractTableModel>

#include <optional>

namespace gridsafe {

class Replica;

class EngagementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AgencyName, Enterprise, EnterpriseCode, Period, Note, Overlap, ColumnCount };
    enum Role { EngagementIdRole = Qt::UserRole + 1, OverlapRole };

    explicit EngagementTableModel(Replica &replica, QObject *parent = nullptr);

    void setTown(std::optional<qint64> townId);
    std::optional<qint64> town() const { return m_townId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<CoachingEngagement> engagementAt(int row) const;
    int overlapCount() const;

    void reload();

Q_SIGNALS:
    void reloaded();

private:
    struct Row
    {
        CoachingEngagement engagement;
        QString agencyName;
        QList<ServiceContract> contracts; // of the agency, binding during the engagement
    };
    static bool sameRow(const Row &a, const Row &b);
    QString displayText(const Row &row, int column) const;

    Replica &m_replica;
    std::optional<qint64> m_townId;
    QList<Row> m_rows;
};

} // namespace gridsafe
