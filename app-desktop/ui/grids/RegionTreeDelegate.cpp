#include "ui/grids/RegionTreeDelegate.h"

#include "ui/grids/RegionTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace gridsafe {

namespace {

constexpr int kTagGap = 6;
constexpr int kTagPadding = 4;

} // namespace

QString RegionTreeDelegate::uncoveredTag()
{
    //: Marks a village, community or park that no grid covers yet.
    return tr("Not in a grid");
}

QFont RegionTreeDelegate::tagFont(const QStyleOptionViewItem &option) const
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

void RegionTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(RegionTreeModel::UncoveredRole).toBool())
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int textWidth = opt.fontMetrics.horizontalAdvance(opt.text);
    const QFont font = tagFont(option);
    const QFontMetrics metrics(font);
    const QString tag = uncoveredTag();
    QRect tagRect(textRect.left() + textWidth + kTagGap, 0, metrics.horizontalAdvance(tag) + 2 * kTagPadding,
                  metrics.height() + 2);
    tagRect.moveTop(textRect.center().y() - tagRect.height() / 2);
    if (tagRect.right() > opt.rect.right())
        return; // no room: the tooltip still says it
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(tagRect, 3, 3);
    painter->fillPath(path, QColor(0xff, 0xf3, 0xcd));
    painter->setPen(QColor(0xb3, 0x6b, 0x00));
    painter->drawPath(path);
    painter->setFont(font);
    painter->drawText(tagRect, Qt::AlignCenter, tag);
    painter->restore();
}

QSize RegionTreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(RegionTreeModel::UncoveredRole).toBool())
        size.rwidth() +=
            kTagGap + QFontMetrics(tagFont(option)).horizontalAdvance(uncoveredTag()) + 2 * kTagPadding;
    return size;
}

} // namespace gridsafe
