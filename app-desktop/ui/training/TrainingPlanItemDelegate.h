#pragma once
// The editors of a training plan's sessions table: a month from 1 to 12 (shown by its name),
// a topic of at most what the server takes, and hours in half-hour steps.

#include <QStyledItemDelegate>

namespace gridsafe {

class TrainingPlanItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Column { Month, Topic, Hours, ColumnCount };

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace gridsafe
