#pragma once
// Technical service agencies (技术支撑), their contracts with towns and their separate
// coaching engagements with enterprises.

#include "domain/Agency.h"
#include "domain/CoachingEngagement.h"
#include "domain/ServiceContract.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class AgencyRepository
{
public:
    explicit AgencyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<Agency>> find(qint64 id) const;
    Result<std::optional<Agency>> findByCode(const QString &creditCode) const;
    Result<qint64> insert(const Agency &agency);
    Status update(const Agency &agency); // bumps the revision

    Result<std::optional<ServiceContract>> contract(qint64 id) const;
    // Contracts of the agency with the town whose period (to termination) meets [from, to].
    Result<QList<ServiceContract>> contractsOverlapping(qint64 agencyId, qint64 townId, const QString &from,
                                                        const QString &to, qint64 exceptId) const;
    Result<qint64> insertContract(const ServiceContract &contract);
    Status terminateContract(qint64 id, const QString &on, const QString &reason);

    Result<QList<CoachingEngagement>> engagementsOverlapping(qint64 agencyId, qint64 townId,
                                                             const QString &from, const QString &to) const;
    Result<qint64> insertEngagement(const CoachingEngagement &engagement);

private:
    Result<QList<Agency>> selectAgencies(const QString &where, const QVariantMap &binds) const;
    Result<QList<ServiceContract>> selectContracts(const QString &where, const QVariantMap &binds) const;
    Result<QList<CoachingEngagement>> selectEngagements(const QString &where, const QVariantMap &binds) const;

    QSqlDatabase m_db;
};

} // namespace gridsafe
