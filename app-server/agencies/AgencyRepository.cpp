#include "agencies/AgencyRepository.h"

#include "sql/SqlRunner.h"
#include "sql/SqlValues.h"

#include <QSqlQuery>

namespace gridsafe {

namespace {

// An empty optional field is stored as NULL.
QVariant emptyAsNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

Result<QList<Agency>> AgencyRepository::selectAgencies(const QString &where, const QVariantMap &binds) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT id, name, credit_code, on_city_list, growth_value, growth_value_on, "
                              "contact, phone, revision, created_at, updated_at FROM agencies ")
                   + where,
               binds);
    if (!query)
        return query.error();
    QList<Agency> result;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        Agency agency;
        agency.id = row.value(0).toLongLong();
        agency.name = row.value(1).toString();
        agency.creditCode = row.value(2).toString();
        agency.onCityList = row.value(3).toBool();
        if (!row.value(4).isNull())
            agency.growthValue = row.value(4).toLongLong();
        agency.growthValueOn = row.value(5).toString();
        agency.contact = row.value(6).toString();
        agency.phone = row.value(7).toString();
        agency.revision = row.value(8).toInt();
        agency.createdAt = row.value(9).toString();
        agency.updatedAt = row.value(10).toString();
        result.append(agency);
    }
    return result;
}

Result<std::optional<Agency>> AgencyRepository::find(qint64 id) const
{
    return firstOrNone(selectAgencies(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id}}));
}

Result<std::optional<Agency>> AgencyRepository::findByCode(const QString &creditCode) const
{
    auto found =
        selectAgencies(QStringLiteral("WHERE credit_code = :code"), {{QStringLiteral("code"), creditCode}});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Agency>() : std::optional(found->first());
}

Result<qint64> AgencyRepository::insert(const Agency &agency)
{
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO agencies (name, credit_code, on_city_list, growth_value, "
                              "growth_value_on, contact, phone, revision, created_at, updated_at) VALUES "
                              "(:name, :code, :listed, :growth, :growthOn, :contact, :phone, 1, :at, :at)"),
               {{QStringLiteral("name"), agency.name},
                {QStringLiteral("code"), agency.creditCode},
                {QStringLiteral("listed"), agency.onCityList ? 1 : 0},
                {QStringLiteral("growth"), nullableId(agency.growthValue)},
                {QStringLiteral("growthOn"), emptyAsNull(agency.growthValueOn)},
                {QStringLiteral("contact"), textValue(agency.contact)},
                {QStringLiteral("phone"), textValue(agency.phone)},
                {QStringLiteral("at"), agency.createdAt}});
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Status AgencyRepository::update(const Agency &agency)
{
    return execSql(
        m_db,
        QStringLiteral("UPDATE agencies SET name = :name, credit_code = :code, on_city_list = :listed, "
                       "growth_value = :growth, growth_value_on = :growthOn, contact = :contact, phone = "
                       ":phone, updated_at = :at, revision = revision + 1 WHERE id = :id"),
        {{QStringLiteral("id"), agency.id},
         {QStringLiteral("name"), agency.name},
         {QStringLiteral("code"), agency.creditCode},
         {QStringLiteral("listed"), agency.onCityList ? 1 : 0},
         {QStringLiteral("growth"), nullableId(agency.growthValue)},
         {QStringLiteral("growthOn"), emptyAsNull(agency.growthValueOn)},
         {QStringLiteral("contact"), textValue(agency.contact)},
         {QStringLiteral("phone"), textValue(agency.phone)},
         {QStringLiteral("at"), agency.updatedAt}});
}

Result<QList<ServiceContract>> AgencyRepository::selectContracts(const QString &where,
                                                                 const QVariantMap &binds) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT id, agency_id, town_id, starts_on, ends_on, scope, terminated_on, "
                              "terminate_reason, revision, created_at FROM service_contracts ")
                   + where + QStringLiteral(" ORDER BY id"),
               binds);
    if (!query)
        return query.error();
    QList<ServiceContract> result;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        ServiceContract contract;
        contract.id = row.value(0).toLongLong();
        contract.agencyId = row.value(1).toLongLong();
        contract.townId = row.value(2).toLongLong();
        contract.startsOn = row.value(3).toString();
        contract.endsOn = row.value(4).toString();
        contract.scope = row.value(5).toString();
        contract.terminatedOn = row.value(6).toString();
        contract.terminateReason = row.value(7).toString();
        contract.revision = row.value(8).toInt();
        contract.createdAt = row.value(9).toString();
        result.append(contract);
    }
    for (ServiceContract &contract : result) {
        auto grids =
            runSql(m_db,
                   QStringLiteral("SELECT grid_id FROM contract_grids WHERE contract_id = :id ORDER BY "
                                  "grid_id"),
                   {{QStringLiteral("id"), contract.id}});
        if (!grids)
            return grids.error();
        while (grids.value().next())
            contract.gridIds.append(grids.value().value(0).toLongLong());
    }
    return result;
}

Result<std::optional<ServiceContract>> AgencyRepository::contract(qint64 id) const
{
    return firstOrNone(selectContracts(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id}}));
}

Result<QList<ServiceContract>> AgencyRepository::contractsOverlapping(qint64 agencyId, qint64 townId,
                                                                      const QString &from, const QString &to,
                                                                      qint64 exceptId) const
{
    return selectContracts(
        QStringLiteral("WHERE agency_id = :agency AND town_id = :town AND id <> :except AND "
                       "starts_on <= :to AND IFNULL(terminated_on, ends_on) >= :from"),
        {{QStringLiteral("agency"), agencyId},
         {QStringLiteral("town"), townId},
         {QStringLiteral("except"), exceptId},
         {QStringLiteral("from"), from},
         {QStringLiteral("to"), to}});
}

Result<qint64> AgencyRepository::insertContract(const ServiceContract &contract)
{
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO service_contracts (agency_id, town_id, starts_on, ends_on, scope, "
                              "revision, created_at) VALUES (:agency, :town, :starts, :ends, :scope, 1, "
                              ":at)"),
               {{QStringLiteral("agency"), contract.agencyId},
                {QStringLiteral("town"), contract.townId},
                {QStringLiteral("starts"), contract.startsOn},
                {QStringLiteral("ends"), contract.endsOn},
                {QStringLiteral("scope"), textValue(contract.scope)},
                {QStringLiteral("at"), contract.createdAt}});
    if (!query)
        return query.error();
    const qint64 id = query.value().lastInsertId().toLongLong();
    for (qint64 grid : contract.gridIds) {
        if (Status added =
                execSql(m_db,
                        QStringLiteral("INSERT OR IGNORE INTO contract_grids (contract_id, grid_id) VALUES "
                                       "(:contract, :grid)"),
                        {{QStringLiteral("contract"), id}, {QStringLiteral("grid"), grid}});
            !added)
            return added.error();
    }
    return id;
}

Status AgencyRepository::terminateContract(qint64 id, const QString &on, const QString &reason)
{
    return execSql(
        m_db,
        QStringLiteral("UPDATE service_contracts SET terminated_on = :on, terminate_reason = :reason, "
                       "revision = revision + 1 WHERE id = :id"),
        {{QStringLiteral("id"), id},
         {QStringLiteral("on"), on},
         {QStringLiteral("reason"), textValue(reason)}});
}

Result<QList<CoachingEngagement>> AgencyRepository::selectEngagements(const QString &where,
                                                                      const QVariantMap &binds) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT id, agency_id, town_id, enterprise_name, enterprise_code, starts_on, "
                              "ends_on, note, created_at FROM coaching_engagements ")
                   + where + QStringLiteral(" ORDER BY id"),
               binds);
    if (!query)
        return query.error();
    QList<CoachingEngagement> result;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        CoachingEngagement engagement;
        engagement.id = row.value(0).toLongLong();
        engagement.agencyId = row.value(1).toLongLong();
        engagement.townId = row.value(2).toLongLong();
        engagement.enterpriseName = row.value(3).toString();
        engagement.enterpriseCode = row.value(4).toString();
        engagement.startsOn = row.value(5).toString();
        engagement.endsOn = row.value(6).toString();
        engagement.note = row.value(7).toString();
        engagement.createdAt = row.value(8).toString();
        result.append(engagement);
    }
    return result;
}

Result<QList<CoachingEngagement>> AgencyRepository::engagementsOverlapping(qint64 agencyId, qint64 townId,
                                                                           const QString &from,
                                                                           const QString &to) const
{
    return selectEngagements(
        QStringLiteral("WHERE agency_id = :agency AND town_id = :town AND starts_on <= :to AND "
                       "ends_on >= :from"),
        {{QStringLiteral("agency"), agencyId},
         {QStringLiteral("town"), townId},
         {QStringLiteral("from"), from},
         {QStringLiteral("to"), to}});
}

Result<qint64> AgencyRepository::insertEngagement(const CoachingEngagement &engagement)
{
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO coaching_engagements (agency_id, town_id, enterprise_name, "
                              "enterprise_code, starts_on, ends_on, note, created_at) VALUES (:agency, "
                              ":town, :name, :code, :starts, :ends, :note, :at)"),
               {{QStringLiteral("agency"), engagement.agencyId},
                {QStringLiteral("town"), engagement.townId},
                {QStringLiteral("name"), engagement.enterpriseName},
                {QStringLiteral("code"), engagement.enterpriseCode},
                {QStringLiteral("starts"), engagement.startsOn},
                {QStringLiteral("ends"), engagement.endsOn},
                {QStringLiteral("note"), textValue(engagement.note)},
                {QStringLiteral("at"), engagement.createdAt}});
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

} // namespace gridsafe
