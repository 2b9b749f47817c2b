#pragma once
// The changes waiting in the outbox and those the server refused, for the outbox dialog.

#include "core/Outbox.h"

#include <QAbstractTableModel>

namespace gridsafe {

class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Created, Change, State, Reason, ColumnCount };

    explicit OutboxTableModel(Outbox &outbox, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const OutboxEntry *entryAt(int row) const;

private:
    void reload();

    Outbox &m_outbox;
    QList<OutboxEntry> m_entries;
};

} // namespace gridsafe
