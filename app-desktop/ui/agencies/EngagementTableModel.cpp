#include "ui/agencies/EngagementTableModel.h"

#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "ui/AlertColours.h"
#include "ui/agencies/AgencyRules.h"

#include <QColor>
#include <QHash>

#include <algorithm>

namespace gridsafe {

EngagementTableModel::EngagementTableModel(Replica &replica, QObject *parent) :
    QAbstractTableModel(parent),
    m_replica(replica)
{
    connect(&m_replica, &Replica::changed, this, &EngagementTableModel::reload);
}

void EngagementTableModel::setTown(std::optional<qint64> townId)
{
    if (m_townId == townId)
        return;
    m_townId = townId;
    reload();
}

void EngagementTableModel::reload()
{
    QList<Row> rows;
    if (m_townId) {
        const ReplicaRecords records(m_replica);
        QHash<qint64, QString> agencyNames;
        for (const Agency &agency : records.agencies())
            agencyNames.insert(agency.id, agency.name);
        const QList<ServiceContract> contracts = records.contracts(*m_townId);
        for (const CoachingEngagement &engagement : records.engagements(*m_townId))
            rows.append(Row{
                engagement, agencyNames.value(engagement.agencyId),
                contractsBinding(contracts, engagement.agencyId, engagement.startsOn, engagement.endsOn)});
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.engagement.startsOn != b.engagement.startsOn
                       ? a.engagement.startsOn > b.engagement.startsOn
                       : a.engagement.id > b.engagement.id;
        });
    }
    if (!std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(), sameRow)) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    Q_EMIT reloaded();
}

bool EngagementTableModel::sameRow(const Row &a, const Row &b)
{
    const auto shown = [](const QList<ServiceContract> &list) {
        QStringList result;
        for (const ServiceContract &contract : list)
            result.append(contractPeriodText(contract));
        return result;
    };
    // Engagements never change: only their agency's name and the contracts around them do.
    return a.engagement.id == b.engagement.id && a.agencyName == b.agencyName
           && shown(a.contracts) == shown(b.contracts);
}

int EngagementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EngagementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int EngagementTableModel::overlapCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return !row.contracts.isEmpty(); }));
}

QString EngagementTableModel::displayText(const Row &row, int column) const
{
    const CoachingEngagement &engagement = row.engagement;
    switch (Column(column)) {
    case AgencyName:
        return row.agencyName;
    case Enterprise:
        return engagement.enterpriseName;
    case EnterpriseCode:
        return engagement.enterpriseCode;
    case Period:
        return periodText(engagement.startsOn, engagement.endsOn);
    case Note:
        return engagement.note;
    case Overlap: {
        QStringList periods;
        for (const ServiceContract &contract : row.contracts)
            periods.append(contractPeriodText(contract));
        if (periods.isEmpty())
            return {};
        //: 与服务合同（%1）重叠
        return tr("Overlaps the contract %1").arg(periods.join(tr(", ")));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EngagementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ForegroundRole:
        return row.contracts.isEmpty() ? QVariant() : QVariant(kAlertRed);
    case Qt::ToolTipRole:
        if (!row.contracts.isEmpty())
            return tr("%1 holds a service contract with the town during this engagement: the exclusivity "
                      "rule "
                      "forbids coaching the town's enterprises on its own account meanwhile.")
                .arg(row.agencyName);
        if (index.column() == Note)
            return row.engagement.note;
        return {};
    case EngagementIdRole:
        return row.engagement.id;
    case OverlapRole:
        return !row.contracts.isEmpty();
    default:
        return {};
    }
}

QVariant EngagementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AgencyName:
        //: 技术服务机构
        return tr("Agency");
    case Enterprise:
        //: 企业名称
        return tr("Enterprise");
    case EnterpriseCode:
        //: 统一社会信用代码
        return tr("Credit code");
    case Period:
        //: 服务期限
        return tr("Period");
    case Note:
        //: 备注
        return tr("Note");
    case Overlap:
        //: 与服务合同重叠
        return tr("Overlap");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<CoachingEngagement> EngagementTableModel::engagementAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).engagement;
}

} // namespace gridsafe
