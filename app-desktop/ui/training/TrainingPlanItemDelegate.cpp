#include "ui/training/TrainingPlanItemDelegate.h"

#include "ui/training/TrainingRules.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace gridsafe {

QWidget *TrainingPlanItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    switch (index.column()) {
    case Month: {
        auto *month = new QSpinBox(parent);
        month->setRange(1, 12);
        month->setWrapping(true);
        return month;
    }
    case Hours: {
        auto *hours = new QDoubleSpinBox(parent);
        hours->setRange(0.5, 24);
        hours->setSingleStep(0.5);
        hours->setDecimals(1);
        return hours;
    }
    case Topic: {
        auto *topic = new QLineEdit(parent);
        topic->setMaxLength(kMaxTrainingTopicLength * 2); // the exact limit is checked on save
        topic->setFrame(false);
        return topic;
    }
    default:
        break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TrainingPlanItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == Month) {
        const int month = index.data(Qt::EditRole).toInt();
        if (month >= 1 && month <= 12)
            option->text = option->locale.standaloneMonthName(month);
    }
}

} // namespace gridsafe
