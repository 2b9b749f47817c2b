#include "domain/InspectorStanding.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

namespace {

const QDate kToday(2026, 11, 30);

Inspector inspector(qint64 id = 7, qint64 townId = 3)
{
    Inspector person;
    person.id = id;
    person.townId = townId;
    person.name = QStringLiteral("张伟");
    return person;
}

Certificate certificate(qint64 id, const QString &issuedOn, const QString &validUntil, qint64 inspectorId = 7)
{
    Certificate value;
    value.id = id;
    value.townId = 3;
    value.inspectorId = inspectorId;
    value.number = QStringLiteral("WGY-%1").arg(id);
    value.issuedOn = issuedOn;
    value.validUntil = validUntil;
    return value;
}

TrainingSession training(qint64 id, const QString &heldOn, double hours, QList<qint64> attendees = {7},
                         qint64 townId = 3)
{
    TrainingSession session;
    session.id = id;
    session.townId = townId;
    session.heldOn = heldOn;
    session.hours = hours;
    session.attendeeIds = std::move(attendees);
    return session;
}

TrainingPlan plan(double requiredHours, int year = 2026, qint64 townId = 3)
{
    TrainingPlan value;
    value.townId = townId;
    value.year = year;
    value.requiredHours = requiredHours;
    return value;
}

} // namespace

TEST_CASE("inspector standing: a certificate ending on day 30 expires soon, one ending on day 31 does not")
{
    const InspectorStanding day30 = inspectorStanding(
        inspector(), {certificate(1, QStringLiteral("2024-01-01"), QStringLiteral("2026-12-30"))}, {}, {},
        kToday);
    REQUIRE(day30.hasValidCertificate());
    CHECK(day30.certificateExpiresSoon);

    const InspectorStanding day31 = inspectorStanding(
        inspector(), {certificate(1, QStringLiteral("2024-01-01"), QStringLiteral("2026-12-31"))}, {}, {},
        kToday);
    REQUIRE(day31.hasValidCertificate());
    CHECK_FALSE(day31.certificateExpiresSoon);

    // Its last day is still a valid day, and expires soon; the day after, it is gone.
    const InspectorStanding lastDay = inspectorStanding(
        inspector(), {certificate(1, QStringLiteral("2024-01-01"), QStringLiteral("2026-11-30"))}, {}, {},
        kToday);
    CHECK(lastDay.hasValidCertificate());
    CHECK(lastDay.certificateExpiresSoon);
    const InspectorStanding expired = inspectorStanding(
        inspector(), {certificate(1, QStringLiteral("2024-01-01"), QStringLiteral("2026-11-29"))}, {}, {},
        kToday);
    CHECK_FALSE(expired.hasValidCertificate());
    CHECK_FALSE(expired.certificateExpiresSoon);
}

TEST_CASE("inspector standing: a revoked certificate is not valid, nor one issued after today")
{
    Certificate revoked = certificate(1, QStringLiteral("2025-01-01"), QStringLiteral("2028-01-01"));
    revoked.revokedOn = QStringLiteral("2026-06-01");
    revoked.revokeReason = QStringLiteral("离岗");
    CHECK_FALSE(inspectorStanding(inspector(), {revoked}, {}, {}, kToday).hasValidCertificate());

    const Certificate future = certificate(2, QStringLiteral("2026-12-01"), QStringLiteral("2029-12-01"));
    CHECK_FALSE(inspectorStanding(inspector(), {future}, {}, {}, kToday).hasValidCertificate());
}

TEST_CASE("inspector standing: of two valid certificates the one valid longest counts, others' are ignored")
{
    const QList<Certificate> certificates = {
        certificate(1, QStringLiteral("2024-01-01"), QStringLiteral("2026-12-10")),
        certificate(2, QStringLiteral("2026-11-01"), QStringLiteral("2029-10-31")),
        certificate(3, QStringLiteral("2026-01-01"), QStringLiteral("2030-01-01"), 8), // someone else's
    };
    const InspectorStanding standing = inspectorStanding(inspector(), certificates, {}, {}, kToday);
    REQUIRE(standing.hasValidCertificate());
    CHECK(standing.validCertificate->id == 2);
    // The older one runs out within days, but the inspector is covered: nothing expires soon.
    CHECK_FALSE(standing.certificateExpiresSoon);

    // Someone else's certificate never counts.
    CHECK_FALSE(inspectorStanding(inspector(9), certificates, {}, {}, kToday).hasValidCertificate());
}

TEST_CASE("inspector standing: training hours are summed over the sessions of this year attended only")
{
    const QList<TrainingSession> trainings = {
        training(1, QStringLiteral("2026-03-15"), 4),
        training(2, QStringLiteral("2026-09-01"), 2.5),
        training(3, QStringLiteral("2025-12-31"), 8),              // last year
        training(4, QStringLiteral("2026-05-01"), 3, {5, 6}),      // not attended
        training(5, QStringLiteral("2026-06-01"), 6, {7}, 4),      // another town
        training(6, QStringLiteral("2026-01-01"), 1.5, {2, 7, 9}), // the year's first day
    };
    const InspectorStanding standing = inspectorStanding(inspector(), {}, trainings, {}, kToday);
    CHECK(standing.trainingHoursThisYear == Approx(8.0));
}

TEST_CASE("inspector standing: due for training with a plan when short of its hours")
{
    const QList<TrainingSession> trainings = {training(1, QStringLiteral("2026-03-15"), 6)};
    const InspectorStanding shortOfHours = inspectorStanding(inspector(), {}, trainings, plan(8), kToday);
    CHECK(shortOfHours.hasPlan);
    CHECK(shortOfHours.requiredHours == Approx(8.0));
    CHECK(shortOfHours.dueForTraining);

    CHECK_FALSE(inspectorStanding(inspector(), {}, trainings, plan(6), kToday).dueForTraining);
    // A plan of another year or town is no plan for today.
    const InspectorStanding lastYearsPlan =
        inspectorStanding(inspector(), {}, trainings, plan(8, 2025), kToday);
    CHECK_FALSE(lastYearsPlan.hasPlan);
    CHECK(lastYearsPlan.requiredHours == 0);
    CHECK_FALSE(inspectorStanding(inspector(), {}, trainings, plan(8, 2026, 4), kToday).hasPlan);
}

TEST_CASE("inspector standing: due for training without a plan only when not trained at all this year")
{
    CHECK(inspectorStanding(inspector(), {}, {}, {}, kToday).dueForTraining);
    CHECK(inspectorStanding(inspector(), {}, {training(1, QStringLiteral("2025-10-01"), 8)}, {}, kToday)
              .dueForTraining);
    CHECK_FALSE(
        inspectorStanding(inspector(), {}, {training(1, QStringLiteral("2026-02-01"), 0.5)}, {}, kToday)
            .dueForTraining);
}

TEST_CASE("inspector standing: the town's plan of a year is found among the plans")
{
    const QList<TrainingPlan> plans = {plan(8, 2025), plan(12, 2026), plan(10, 2026, 4)};
    REQUIRE(trainingPlanFor(plans, 3, 2026));
    CHECK(trainingPlanFor(plans, 3, 2026)->requiredHours == Approx(12.0));
    CHECK_FALSE(trainingPlanFor(plans, 3, 2027));
}
