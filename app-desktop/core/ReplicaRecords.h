#pragma once
// The grid network's entities in the replica (inspectors, assignments, training, exams,
// certificates, plans, agencies, contracts, engagements, filings, division states): kept
// as their replicated form in one table and read back through their domain types. They
// are small per town, so reading a town's rows and filtering in memory is enough.

#include "domain/Agency.h"
#include "domain/Boundary.h"
#include "domain/Certificate.h"
#include "domain/CoachingEngagement.h"
#include "domain/CoverageGaps.h"
#include "domain/DivisionState.h"
#include "domain/ExamResult.h"
#include "domain/Filing.h"
#include "domain/GridAssignment.h"
#include "domain/Inspector.h"
#include "domain/ServiceContract.h"
#include "domain/TrainingPlan.h"
#include "domain/TrainingSession.h"

#include <QCborMap>
#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class Replica;

class ReplicaRecords
{
public:
    explicit ReplicaRecords(const Replica &replica);

    // Entities stored here, and whether this version can read a payload of one.
    static bool isRecordEntity(const QString &entity);
    static bool readable(const QString &entity, const QCborMap &data);

    // Rows of one town (nullopt: of every town the replica holds), by id.
    QList<Inspector> inspectors(std::optional<qint64> townId = {}) const;
    QList<GridAssignment> assignments(std::optional<qint64> townId = {}) const;
    QList<TrainingSession> trainings(std::optional<qint64> townId = {}) const;
    QList<ExamResult> exams(std::optional<qint64> townId = {}) const;
    QList<Certificate> certificates(std::optional<qint64> townId = {}) const;
    QList<TrainingPlan> trainingPlans(std::optional<qint64> townId = {}) const;
    QList<ServiceContract> contracts(std::optional<qint64> townId = {}) const;
    QList<CoachingEngagement> engagements(std::optional<qint64> townId = {}) const;
    QList<Filing> filings(std::optional<qint64> townId = {}) const;
    QList<Agency> agencies() const;
    std::optional<DivisionState> division(qint64 townId) const;
    std::optional<Filing> latestFiling(qint64 townId) const;
    // The outlines of the town's villages, communities and parks (the grid map), by region id;
    // kept in a table of their own (replica schema 6), not with the records above.
    QList<Boundary> boundaries(qint64 townId) const;

    // What the coverage check judges for one town, as the replica knows it.
    TownDivision townDivision(const Region &town) const;

private:
    QList<QCborMap> payloads(const char *entity, std::optional<qint64> townId) const;
    template <typename T>
    QList<T> read(const char *entity, std::optional<qint64> townId) const;

    const Replica &m_replica;
};

} // namespace gridsafe
