#pragma once
// Draws a region node as usual and, for an area no grid covers, a small amber tag
// "未划分网格" after its name, so the gap is seen without hovering.

#include <QStyledItemDelegate>

namespace gridsafe {

class RegionTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString uncoveredTag();
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QFont tagFont(const QStyleOptionViewItem &option) const;
};

} // namespace gridsafe
