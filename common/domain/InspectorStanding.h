#pragma once
// 网格员状况 — where an inspector stands today: the certificate that lets them hold a grid
// (先培训考核、后持证上岗) and whether it runs out soon, and this year's training hours against
// the town's annual plan (年度培训计划). One pure function over plain data, so every list
// and dialog that flags an inspector judges alike.

#include "domain/Certificate.h"
#include "domain/Inspector.h"
#include "domain/TrainingPlan.h"
#include "domain/TrainingSession.h"

#include <QDate>
#include <QList>

#include <optional>

namespace gridsafe {

// A valid certificate whose last day is this many days away, or fewer, is flagged.
inline constexpr int kCertificateExpiryWarningDays = 30;

struct InspectorStanding
{
    // Valid today (Certificate::validOn); of several, the one valid longest.
    std::optional<Certificate> validCertificate;
    // The valid certificate's last day is within kCertificateExpiryWarningDays of today.
    bool certificateExpiresSoon = false;
    // Hours of the town's training sessions of today's year, up to today, the inspector attended.
    double trainingHoursThisYear = 0;
    // The town's plan for today's year (0 when it has none).
    double requiredHours = 0;
    bool hasPlan = false;
    // Fewer hours than the plan requires, or (no plan) no training at all this year.
    bool dueForTraining = false;

    bool hasValidCertificate() const { return validCertificate.has_value(); }
};

// `certificates` and `trainings` may hold other inspectors' and other towns' rows: only the
// inspector's certificates and the sessions of their town they attended count. `plan` counts
// only when it is of the inspector's town and today's year.
InspectorStanding inspectorStanding(const Inspector &inspector, const QList<Certificate> &certificates,
                                    const QList<TrainingSession> &trainings,
                                    const std::optional<TrainingPlan> &plan, const QDate &today);

// The plan of this town and year among `plans`, if there is one.
std::optional<TrainingPlan> trainingPlanFor(const QList<TrainingPlan> &plans, qint64 townId, int year);

} // namespace gridsafe
