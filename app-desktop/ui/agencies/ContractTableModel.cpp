#include "ui/agencies/ContractTableModel.h"

#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "ui/AlertColours.h"
#include "ui/agencies/AgencyRules.h"

#include <QColor>
#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace gridsafe {

ContractTableModel::ContractTableModel(Replica &replica, QObject *parent) :
    QAbstractTableModel(parent),
    m_replica(replica)
{
    connect(&m_replica, &Replica::changed, this, &ContractTableModel::reload);
}

void ContractTableModel::setTown(std::optional<qint64> townId)
{
    if (m_townId == townId)
        return;
    m_townId = townId;
    reload();
}

void ContractTableModel::reload()
{
    const QString today = civilDateText(chinaDate(QDateTime::currentDateTimeUtc()));
    QList<Row> rows;
    if (m_townId) {
        const ReplicaRecords records(m_replica);
        QHash<qint64, QString> agencyNames;
        for (const Agency &agency : records.agencies())
            agencyNames.insert(agency.id, agency.name);
        QHash<qint64, QString> gridNames;
        for (const Grid &grid : m_replica.grids(*m_townId))
            gridNames.insert(grid.id, grid.name);
        const QList<CoachingEngagement> engagements = records.engagements(*m_townId);
        for (const ServiceContract &contract : records.contracts(*m_townId)) {
            Row row{contract,
                    agencyNames.value(contract.agencyId),
                    {},
                    engagementsOverlapping(engagements, contract),
                    contractStatusText(contract, today)};
            for (qint64 grid : contract.gridIds)
                row.grids.append(gridNames.value(grid, tr("grid %1").arg(grid)));
            rows.append(row);
        }
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.contract.startsOn != b.contract.startsOn ? a.contract.startsOn > b.contract.startsOn
                                                              : a.contract.id > b.contract.id;
        });
    }
    if (today != m_today
        || !std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(), sameRow)) {
        beginResetModel();
        m_rows = std::move(rows);
        m_today = today;
        endResetModel();
    }
    Q_EMIT reloaded();
}

bool ContractTableModel::sameRow(const Row &a, const Row &b)
{
    const auto ids = [](const QList<CoachingEngagement> &list) {
        QList<qint64> result;
        for (const CoachingEngagement &engagement : list)
            result.append(engagement.id);
        return result;
    };
    return a.contract.id == b.contract.id && a.contract.revision == b.contract.revision
           && a.agencyName == b.agencyName && a.grids == b.grids && ids(a.overlaps) == ids(b.overlaps)
           && a.status == b.status;
}

int ContractTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContractTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContractTableModel::displayText(const Row &row, int column) const
{
    switch (Column(column)) {
    case AgencyName:
        return row.agencyName;
    case Period:
        return contractPeriodText(row.contract);
    case Status:
        return row.status;
    case Grids:
        //: Separates grid names; Chinese uses "、".
        return row.grids.join(tr(", "));
    case Overlaps: {
        QStringList names;
        for (const CoachingEngagement &engagement : row.overlaps)
            names.append(engagement.enterpriseName);
        return names.join(tr(", "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContractTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ForegroundRole:
        return row.overlaps.isEmpty() ? QVariant() : QVariant(kAlertRed);
    case Qt::ToolTipRole:
        if (!row.overlaps.isEmpty())
            //: 排他性规则: an agency under contract with a town may not coach its enterprises on its own.
            return tr("While this contract binds, %1 also coaches enterprises of the town on its own "
                      "account: "
                      "the exclusivity rule forbids it. Settle these engagements.")
                .arg(row.agencyName);
        if (index.column() == Grids)
            return row.grids.join(QLatin1Char('\n'));
        return {};
    case ContractIdRole:
        return row.contract.id;
    case OverlapRole:
        return !row.overlaps.isEmpty();
    case TerminableRole:
        return row.contract.terminatedOn.isEmpty() && m_today <= row.contract.endsOn;
    default:
        return {};
    }
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AgencyName:
        //: 技术服务机构
        return tr("Agency");
    case Period:
        //: 合同期限
        return tr("Period");
    case Status:
        //: 状态
        return tr("Status");
    case Grids:
        //: 服务网格
        return tr("Grids supported");
    case Overlaps:
        //: 与单独指导服务重叠
        return tr("Overlapping engagements");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<ServiceContract> ContractTableModel::contractAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).contract;
}

int ContractTableModel::rowOfContract(qint64 contractId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).contract.id == contractId)
            return row;
    }
    return -1;
}

QStringList ContractTableModel::overlapDescriptions() const
{
    QStringList lines;
    for (const Row &row : m_rows) {
        for (const CoachingEngagement &engagement : row.overlaps)
            //: 重叠: "安泰 的服务合同（…）与其对 某厂 的单独指导服务（…）重叠".
            lines.append(tr("%1: the contract (%2) overlaps its own coaching of %3 (%4).")
                             .arg(row.agencyName, contractPeriodText(row.contract), engagement.enterpriseName,
                                  periodText(engagement.startsOn, engagement.endsOn)));
    }
    return lines;
}

} // namespace gridsafe
