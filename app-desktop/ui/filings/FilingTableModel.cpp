#include "ui/filings/FilingTableModel.h"

#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "ui/PendingRowStyle.h"

#include <QBrush>
#include <QCborArray>
#include <QColor>

#include <algorithm>

namespace gridsafe {

FilingTableModel::FilingTableModel(const Replica &replica, QObject *parent) :
    QAbstractTableModel(parent),
    m_replica(replica)
{
    connect(&replica, &Replica::changed, this, &FilingTableModel::reload);
    reload();
}

void FilingTableModel::setTown(std::optional<qint64> townId)
{
    if (townId == m_townId)
        return;
    m_townId = townId;
    reload();
}

void FilingTableModel::setAwaitingOnly(bool awaitingOnly)
{
    if (awaitingOnly == m_awaitingOnly)
        return;
    m_awaitingOnly = awaitingOnly;
    reload();
}

void FilingTableModel::reload()
{
    beginResetModel();
    m_townNames.clear();
    m_divisionRevisions.clear();
    m_latestNumbers.clear();
    const ReplicaRecords records(m_replica);
    for (const Region &region : m_replica.regions()) {
        if (isTownLevel(region.kind))
            m_townNames.insert(region.id, region.name);
    }
    m_filings.clear();
    for (const Filing &filing : records.filings(m_townId)) {
        m_latestNumbers[filing.townId] = std::max(m_latestNumbers.value(filing.townId), filing.number);
        if (!m_awaitingOnly || filing.status == QLatin1String(Filing::kSubmitted))
            m_filings.append(filing);
    }
    for (auto town = m_latestNumbers.cbegin(); town != m_latestNumbers.cend(); ++town) {
        const std::optional<DivisionState> division = records.division(town.key());
        m_divisionRevisions.insert(town.key(), division ? division->revision : 0);
    }
    std::sort(m_filings.begin(), m_filings.end(), [](const Filing &a, const Filing &b) {
        return a.submittedAt != b.submittedAt ? a.submittedAt > b.submittedAt : a.id > b.id;
    });
    endResetModel();
    Q_EMIT reloaded();
}

bool FilingTableModel::isStale(const Filing &filing) const
{
    return filing.status == QLatin1String(Filing::kFiled)
           && filing.number == m_latestNumbers.value(filing.townId)
           && m_divisionRevisions.value(filing.townId) != filing.divisionRevision;
}

std::optional<Filing> FilingTableModel::filingAt(int row) const
{
    if (row < 0 || row >= m_filings.size())
        return std::nullopt;
    return m_filings.at(row);
}

int FilingTableModel::rowOfFiling(qint64 filingId) const
{
    for (int row = 0; row < m_filings.size(); ++row)
        if (m_filings.at(row).id == filingId)
            return row;
    return -1;
}

QString FilingTableModel::statusText(const Filing &filing, bool stale)
{
    if (filing.status == QLatin1String(Filing::kSubmitted))
        //: 待区级审核
        return tr("Awaiting the district");
    if (filing.status == QLatin1String(Filing::kFiled))
        //: 已备案 / 已备案（划分已变更）
        return stale ? tr("Filed (division changed since)") : tr("Filed");
    if (filing.status == QLatin1String(Filing::kReturned))
        //: 已退回
        return tr("Returned");
    if (filing.status == QLatin1String(Filing::kWithdrawn))
        //: 已撤回（被新的报送取代）
        return tr("Withdrawn");
    return filing.status;
}

int FilingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_filings.size());
}

int FilingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_filings.size())
        return {};
    const Filing &filing = m_filings.at(index.row());
    if (role == FilingIdRole)
        return filing.id;
    if (role == StatusNameRole)
        return filing.status;
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (filing.status == QLatin1String(Filing::kFiled))
            return QBrush(isStale(filing) ? QColor(0x9a, 0x5b, 0x00) : QColor(0x2e, 0x7d, 0x32));
        if (filing.status == QLatin1String(Filing::kReturned))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (filing.status == QLatin1String(Filing::kSubmitted))
            return QBrush(QColor(0x15, 0x65, 0xc0));
        return QBrush(QColor(0x80, 0x80, 0x80));
    }
    if (role == Qt::ToolTipRole && index.column() == Remark)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Town:
        return m_townNames.value(filing.townId, tr("Town %1").arg(filing.townId));
    case Number:
        return filing.number;
    case Status:
        return statusText(filing, isStale(filing));
    case Grids:
        return filing.snapshot.value(QStringLiteral("grids")).toArray().size();
    case Submitted:
        return tr("%1, %2").arg(filing.submittedBy, PendingRowStyle::localTime(filing.submittedAt));
    case Decided:
        return filing.decidedAt.isEmpty()
                   ? QString()
                   : tr("%1, %2").arg(filing.decidedBy, PendingRowStyle::localTime(filing.decidedAt));
    case Remark: {
        QStringList parts;
        if (!filing.note.isEmpty())
            parts.append(tr("Town: %1").arg(filing.note));
        if (!filing.decisionReason.isEmpty())
            parts.append(tr("District: %1").arg(filing.decisionReason));
        return parts.join(QStringLiteral("  "));
    }
    default:
        return {};
    }
}

QVariant FilingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Town:
        return tr("Town");
    case Number:
        //: 序号 (per town)
        return tr("No.");
    case Status:
        return tr("Status");
    case Grids:
        return tr("Grids");
    case Submitted:
        return tr("Submitted");
    case Decided:
        return tr("Decided");
    case Remark:
        return tr("Note / reason");
    default:
        return {};
    }
}

} // namespace gridsafe
