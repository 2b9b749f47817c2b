#pragma once
// 年度培训计划 — a town's training plan for one year: the hours each inspector needs and
// the sessions planned by month.

#include "util/Result.h"

#include <QCborMap>
#include <QList>
#include <QString>

namespace gridsafe {

struct TrainingPlan
{
    struct Item
    {
        int month = 1; // 1–12
        QString topic;
        double hours = 0;
    };

    qint64 id = 0;
    qint64 townId = 0;
    int year = 0;
    double requiredHours = 0; // each inspector's training hours for the year
    QList<Item> items;
    QString note;
    int revision = 1;
    QString updatedAt;

    QCborMap toPayload() const;
    static Result<TrainingPlan> fromPayload(const QCborMap &payload);
};

inline constexpr int kMaxTrainingPlanItems = 48;

} // namespace gridsafe
