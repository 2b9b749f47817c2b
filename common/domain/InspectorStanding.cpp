#include "domain/InspectorStanding.h"

#include "domain/CivilDate.h"

namespace gridsafe {

InspectorStanding inspectorStanding(const Inspector &inspector, const QList<Certificate> &certificates,
                                    const QList<TrainingSession> &trainings,
                                    const std::optional<TrainingPlan> &plan, const QDate &today)
{
    InspectorStanding standing;
    const QString todayText = civilDateText(today);
    for (const Certificate &certificate : certificates) {
        if (certificate.inspectorId != inspector.id || !certificate.validOn(todayText))
            continue;
        // The one valid longest; of equals, the first issued (the lowest id), as filings do.
        const std::optional<Certificate> &best = standing.validCertificate;
        if (!best || certificate.validUntil > best->validUntil
            || (certificate.validUntil == best->validUntil && certificate.id < best->id))
            standing.validCertificate = certificate;
    }
    if (standing.validCertificate) {
        const std::optional<QDate> lastDay = parseCivilDate(standing.validCertificate->validUntil);
        standing.certificateExpiresSoon = lastDay && today.daysTo(*lastDay) <= kCertificateExpiryWarningDays;
    }

    // Dates are "yyyy-MM-dd": this year's sessions up to today compare as text.
    const QString yearStart = civilDateText(QDate(today.year(), 1, 1));
    bool trainedThisYear = false;
    for (const TrainingSession &training : trainings) {
        if (training.townId != inspector.townId || training.heldOn < yearStart || training.heldOn > todayText
            || !training.attendeeIds.contains(inspector.id))
            continue;
        standing.trainingHoursThisYear += training.hours;
        trainedThisYear = true;
    }
    standing.hasPlan = plan && plan->townId == inspector.townId && plan->year == today.year();
    standing.requiredHours = standing.hasPlan ? plan->requiredHours : 0;
    standing.dueForTraining =
        standing.hasPlan ? standing.trainingHoursThisYear < standing.requiredHours : !trainedThisYear;
    return standing;
}

std::optional<TrainingPlan> trainingPlanFor(const QList<TrainingPlan> &plans, qint64 townId, int year)
{
    for (const TrainingPlan &plan : plans) {
        if (plan.townId == townId && plan.year == year)
            return plan;
    }
    return std::nullopt;
}

} // namespace gridsafe
