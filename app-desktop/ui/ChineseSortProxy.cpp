#include "ui/ChineseSortProxy.h"

#include <QLocale>

namespace gridsafe {

ChineseSortProxy::ChineseSortProxy(QObject *parent) :
    QSortFilterProxyModel(parent),
    m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    m_collator.setNumericMode(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1); // the search looks at every column
}

bool ChineseSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace gridsafe
