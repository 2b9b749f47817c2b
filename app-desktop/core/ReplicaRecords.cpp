#include "core/ReplicaRecords.h"

#include "core/Replica.h"
#include "domain/EntityName.h"
#include "domain/RegionKind.h"
#include "sql/SqlRunner.h"

#include <QCborValue>
#include <QSqlQuery>

namespace gridsafe {

namespace {

using Reader = bool (*)(const QCborMap &);

template <typename T>
bool readableAs(const QCborMap &data)
{
    return T::fromPayload(data).ok();
}

const QHash<QString, Reader> &readers()
{
    static const QHash<QString, Reader> kReaders = {
        {QString::fromLatin1(entity::kInspector), readableAs<Inspector>},
        {QString::fromLatin1(entity::kAssignment), readableAs<GridAssignment>},
        {QString::fromLatin1(entity::kDivision), readableAs<DivisionState>},
        {QString::fromLatin1(entity::kTraining), readableAs<TrainingSession>},
        {QString::fromLatin1(entity::kExam), readableAs<ExamResult>},
        {QString::fromLatin1(entity::kCertificate), readableAs<Certificate>},
        {QString::fromLatin1(entity::kTrainingPlan), readableAs<TrainingPlan>},
        {QString::fromLatin1(entity::kAgency), readableAs<Agency>},
        {QString::fromLatin1(entity::kContract), readableAs<ServiceContract>},
        {QString::fromLatin1(entity::kEngagement), readableAs<CoachingEngagement>},
        {QString::fromLatin1(entity::kFiling), readableAs<Filing>},
    };
    return kReaders;
}

} // namespace

ReplicaRecords::ReplicaRecords(const Replica &replica) : m_replica(replica)
{}

bool ReplicaRecords::isRecordEntity(const QString &entity)
{
    return readers().contains(entity);
}

bool ReplicaRecords::readable(const QString &entity, const QCborMap &data)
{
    const Reader reader = readers().value(entity);
    return reader && reader(data);
}

QList<QCborMap> ReplicaRecords::payloads(const char *entity, std::optional<qint64> townId) const
{
    QVariantMap binds{{QStringLiteral("entity"), QString::fromLatin1(entity)}};
    QString sql = QStringLiteral("SELECT payload FROM records WHERE entity = :entity");
    if (townId) {
        sql += QStringLiteral(" AND town_id = :town");
        binds.insert(QStringLiteral("town"), *townId);
    }
    QList<QCborMap> result;
    auto query = runSql(m_replica.sql(), sql + QStringLiteral(" ORDER BY id"), binds);
    if (!query)
        return result;
    while (query.value().next())
        result.append(QCborValue::fromCbor(query.value().value(0).toByteArray()).toMap());
    return result;
}

template <typename T>
QList<T> ReplicaRecords::read(const char *entity, std::optional<qint64> townId) const
{
    QList<T> result;
    for (const QCborMap &payload : payloads(entity, townId)) {
        // Only readable payloads are stored (readable() above): a failure here is a bug.
        auto value = T::fromPayload(payload);
        if (value)
            result.append(std::move(value).value());
    }
    return result;
}

QList<Inspector> ReplicaRecords::inspectors(std::optional<qint64> townId) const
{
    return read<Inspector>(entity::kInspector, townId);
}

QList<GridAssignment> ReplicaRecords::assignments(std::optional<qint64> townId) const
{
    return read<GridAssignment>(entity::kAssignment, townId);
}

QList<TrainingSession> ReplicaRecords::trainings(std::optional<qint64> townId) const
{
    return read<TrainingSession>(entity::kTraining, townId);
}

QList<ExamResult> ReplicaRecords::exams(std::optional<qint64> townId) const
{
    return read<ExamResult>(entity::kExam, townId);
}

QList<Certificate> ReplicaRecords::certificates(std::optional<qint64> townId) const
{
    return read<Certificate>(entity::kCertificate, townId);
}

QList<TrainingPlan> ReplicaRecords::trainingPlans(std::optional<qint64> townId) const
{
    return read<TrainingPlan>(entity::kTrainingPlan, townId);
}

QList<ServiceContract> ReplicaRecords::contracts(std::optional<qint64> townId) const
{
    return read<ServiceContract>(entity::kContract, townId);
}

QList<CoachingEngagement> ReplicaRecords::engagements(std::optional<qint64> townId) const
{
    return read<CoachingEngagement>(entity::kEngagement, townId);
}

QList<Filing> ReplicaRecords::filings(std::optional<qint64> townId) const
{
    return read<Filing>(entity::kFiling, townId);
}

QList<Agency> ReplicaRecords::agencies() const
{
    return read<Agency>(entity::kAgency, std::nullopt);
}

std::optional<DivisionState> ReplicaRecords::division(qint64 townId) const
{
    const QList<DivisionState> states = read<DivisionState>(entity::kDivision, townId);
    return states.isEmpty() ? std::nullopt : std::optional(states.first());
}

std::optional<Filing> ReplicaRecords::latestFiling(qint64 townId) const
{
    std::optional<Filing> latest;
    for (const Filing &filing : filings(townId)) {
        if (!latest || filing.number > latest->number)
            latest = filing;
    }
    return latest;
}

QList<Boundary> ReplicaRecords::boundaries(qint64 townId) const
{
    QList<Boundary> result;
    auto query =
        runSql(m_replica.sql(),
               QStringLiteral("SELECT payload FROM boundaries WHERE town_id = :town ORDER BY region_id"),
               {{QStringLiteral("town"), townId}});
    if (!query)
        return result;
    while (query.value().next()) {
        // Only readable payloads are stored (Replica::applyKnownChange): a failure is a bug.
        auto boundary =
            Boundary::fromPayload(QCborValue::fromCbor(query.value().value(0).toByteArray()).toMap());
        if (boundary)
            result.append(std::move(boundary).value());
    }
    return result;
}

TownDivision ReplicaRecords::townDivision(const Region &town) const
{
    TownDivision division;
    division.town = town;
    for (const Region &region : m_replica.regions()) {
        if (region.parentId == town.id && isGridArea(region.kind))
            division.areas.append(region);
    }
    division.grids = m_replica.grids(town.id);
    for (const Inspector &inspector : inspectors(town.id))
        division.inspectors.insert(inspector.id, inspector);
    division.certificates = certificates(town.id);
    division.division = this->division(town.id);
    division.latestFiling = latestFiling(town.id);
    return division;
}

} // namespace gridsafe
