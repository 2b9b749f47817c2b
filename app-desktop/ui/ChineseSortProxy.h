#pragma once
// A table's rows sorted by any column as a Chinese reader expects (pinyin, numbers by value)
// and filtered by a search text over every column. For tables whose model keeps its own
// order (the outbox: oldest first).

#include <QCollator>
#include <QSortFilterProxyModel>

namespace gridsafe {

class ChineseSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChineseSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};

} // namespace gridsafe
