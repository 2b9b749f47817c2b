#include "ui/outbox/OutboxTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace gridsafe {

OutboxTableModel::OutboxTableModel(Outbox &outbox, QObject *parent) :
    QAbstractTableModel(parent),
    m_outbox(outbox)
{
    connect(&m_outbox, &Outbox::changed, this, &OutboxTableModel::reload);
    m_entries = m_outbox.entries();
}

void OutboxTableModel::reload()
{
    beginResetModel();
    m_entries = m_outbox.entries();
    endResetModel();
}

int OutboxTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OutboxEntry *OutboxTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QVariant OutboxTableModel::data(const QModelIndex &index, int role) const
{
    const OutboxEntry *entry = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    const bool rejected = entry->state == OutboxEntry::State::Rejected;
    if (role == Qt::ForegroundRole && rejected)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return entry->errorMessage;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created:
        return QDateTime::fromString(entry->createdAt, Qt::ISODate)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Change:
        return entry->summary;
    case State:
        return rejected ? tr("Refused") : tr("Waiting to be sent");
    case Reason:
        return entry->errorMessage;
    default:
        return {};
    }
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created:
        return tr("Made at");
    case Change:
        return tr("Change");
    case State:
        return tr("State");
    case Reason:
        return tr("Server's reason");
    default:
        return {};
    }
}

} // namespace gridsafe
