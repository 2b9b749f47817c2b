#include "enterprises/EnterpriseRepository.h"

#include "sql/SqlRunner.h"
#include "sql/SqlValues.h"

#include <QCborValue>
#include <QSqlQuery>

namespace gridsafe {

namespace {

const QString kEnterpriseColumns = QStringLiteral(
    "SELECT id, credit_code, name, address, town_id, village_id, industry, sector, focus_flags, scale, "
    "employees, legal_representative, safety_contact, safety_phone, status, longitude, latitude, grid_id, "
    "direct_reason, risk_kind, risk_reported_on, risk_level, revision, created_at, updated_at FROM "
    "enterprises ");

// Flags are simplified texts, so a line break never occurs inside one.
const QChar kFlagSeparator = QLatin1Char('\n');

Enterprise readRow(const QSqlQuery &row)
{
    Enterprise e;
    e.id = row.value(0).toLongLong();
    e.creditCode = row.value(1).toString();
    e.name = row.value(2).toString();
    e.address = row.value(3).toString();
    e.townId = row.value(4).toLongLong();
    if (!row.value(5).isNull())
        e.villageId = row.value(5).toLongLong();
    e.industry = row.value(6).toString();
    if (!row.value(7).isNull())
        e.sector = keySectorFromKey(row.value(7).toString());
    const QString flags = row.value(8).toString();
    if (!flags.isEmpty())
        e.focusFlags = flags.split(kFlagSeparator);
    e.scale = enterpriseScaleFromKey(row.value(9).toString()).value_or(EnterpriseScale::Below);
    if (!row.value(10).isNull())
        e.employees = row.value(10).toInt();
    e.legalRepresentative = row.value(11).toString();
    e.safetyContact = row.value(12).toString();
    e.safetyPhone = row.value(13).toString();
    e.status = enterpriseStatusFromKey(row.value(14).toString()).value_or(EnterpriseStatus::Operating);
    if (!row.value(15).isNull() && !row.value(16).isNull()) {
        e.longitude = row.value(15).toDouble();
        e.latitude = row.value(16).toDouble();
    }
    if (!row.value(17).isNull())
        e.gridId = row.value(17).toLongLong();
    e.directReason = row.value(18).toString();
    const auto kind = riskReportKindFromKey(row.value(19).toString());
    const auto level = riskLevelFromKey(row.value(21).toString());
    if (kind && level)
        e.risk = RiskSummary{*kind, row.value(20).toString(), *level};
    e.revision = row.value(22).toInt();
    e.createdAt = row.value(23).toString();
    e.updatedAt = row.value(24).toString();
    return e;
}

QVariantMap enterpriseBinds(const Enterprise &e, const QString &at)
{
    return {
        {QStringLiteral("code"), e.creditCode},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("address"), textValue(e.address)},
        {QStringLiteral("town"), e.townId},
        {QStringLiteral("village"), nullableId(e.villageId)},
        {QStringLiteral("industry"), textValue(e.industry)},
        {QStringLiteral("sector"),
         nullableText(e.sector ? std::optional(keySectorKey(*e.sector)) : std::nullopt)},
        {QStringLiteral("flags"), textValue(e.focusFlags.join(kFlagSeparator))},
        {QStringLiteral("scale"), enterpriseScaleKey(e.scale)},
        {QStringLiteral("employees"),
         e.employees ? QVariant(*e.employees) : QVariant(QMetaType(QMetaType::Int))},
        {QStringLiteral("legal"), textValue(e.legalRepresentative)},
        {QStringLiteral("contact"), textValue(e.safetyContact)},
        {QStringLiteral("phone"), textValue(e.safetyPhone)},
        {QStringLiteral("status"), enterpriseStatusKey(e.status)},
        {QStringLiteral("lon"), nullableReal(e.longitude)},
        {QStringLiteral("lat"), nullableReal(e.latitude)},
        {QStringLiteral("grid"), nullableId(e.gridId)},
        {QStringLiteral("direct"), textValue(e.directReason)},
        {QStringLiteral("riskKind"),
         nullableText(e.risk ? std::optional(riskReportKindKey(e.risk->kind)) : std::nullopt)},
        {QStringLiteral("riskOn"), nullableText(e.risk ? std::optional(e.risk->reportedOn) : std::nullopt)},
        {QStringLiteral("riskLevel"),
         nullableText(e.risk ? std::optional(riskLevelKey(e.risk->level)) : std::nullopt)},
        {QStringLiteral("at"), at}};
}

} // namespace

EnterpriseRepository::EnterpriseRepository(QSqlDatabase db) :
    m_db(db),
    m_byId(db, kEnterpriseColumns + QStringLiteral("WHERE id = :id")),
    m_byCode(db, kEnterpriseColumns + QStringLiteral("WHERE credit_code = :code")),
    m_insert(
        db, QStringLiteral(
                "INSERT INTO enterprises (credit_code, name, address, town_id, village_id, industry, sector, "
                "focus_flags, scale, employees, legal_representative, safety_contact, safety_phone, status, "
                "longitude, latitude, grid_id, direct_reason, risk_kind, risk_reported_on, risk_level, "
                "revision, created_at, updated_at) VALUES (:code, :name, :address, :town, :village, "
                ":industry, :sector, :flags, :scale, :employees, :legal, :contact, :phone, :status, :lon, "
                ":lat, :grid, :direct, :riskKind, :riskOn, :riskLevel, 1, :at, :at)")),
    m_update(db,
             QStringLiteral(
                 "UPDATE enterprises SET credit_code = :code, name = :name, address = :address, "
                 "town_id = :town, village_id = :village, industry = :industry, sector = :sector, "
                 "focus_flags = :flags, scale = :scale, employees = :employees, legal_representative = "
                 ":legal, safety_contact = :contact, safety_phone = :phone, status = :status, longitude = "
                 ":lon, latitude = :lat, grid_id = :grid, direct_reason = :direct, risk_kind = :riskKind, "
                 "risk_reported_on = :riskOn, risk_level = :riskLevel, revision = revision + 1, "
                 "updated_at = :at WHERE id = :id")),
    m_appendChange(
        db, QStringLiteral("INSERT INTO enterprise_changes (enterprise_id, at, user_id, action, changes) "
                           "VALUES (:enterprise, :at, :user, :action, :changes)"))
{}

Result<std::optional<Enterprise>> EnterpriseRepository::selectOne(PreparedStatement &statement,
                                                                  const QVariantMap &binds)
{
    auto query = statement.run(binds);
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    std::optional<Enterprise> found;
    if (row.next())
        found = readRow(row);
    row.finish();
    return found;
}

Result<std::optional<Enterprise>> EnterpriseRepository::find(qint64 id)
{
    return selectOne(m_byId, {{QStringLiteral("id"), id}});
}

Result<std::optional<Enterprise>> EnterpriseRepository::findByCode(const QString &creditCode)
{
    return selectOne(m_byCode, {{QStringLiteral("code"), creditCode}});
}

Result<qint64> EnterpriseRepository::insert(const Enterprise &enterprise, const QString &at)
{
    auto query = m_insert.run(enterpriseBinds(enterprise, at));
    if (!query)
        return query.error();
    const qint64 id = query.value()->lastInsertId().toLongLong();
    query.value()->finish();
    return id;
}

Status EnterpriseRepository::update(const Enterprise &enterprise, const QString &at)
{
    QVariantMap binds = enterpriseBinds(enterprise, at);
    binds.insert(QStringLiteral("id"), enterprise.id);
    return m_update.exec(binds);
}

Status EnterpriseRepository::appendChange(qint64 enterpriseId, const QString &at,
                                          std::optional<qint64> userId, const QString &action,
                                          const QCborArray &changes)
{
    return m_appendChange.exec({{QStringLiteral("enterprise"), enterpriseId},
                                {QStringLiteral("at"), at},
                                {QStringLiteral("user"), nullableId(userId)},
                                {QStringLiteral("action"), action},
                                {QStringLiteral("changes"), QCborValue(changes).toCbor()}});
}

Result<QList<EnterpriseChangeRecord>> EnterpriseRepository::changes(qint64 enterpriseId, int limit) const
{
    auto query = runSql(m_db,
                        QStringLiteral("SELECT c.at, COALESCE(u.display_name, ''), c.action, c.changes "
                                       "FROM enterprise_changes c LEFT JOIN users u ON u.id = c.user_id "
                                       "WHERE c.enterprise_id = :id ORDER BY c.id DESC LIMIT :limit"),
                        {{QStringLiteral("id"), enterpriseId}, {QStringLiteral("limit"), limit}});
    if (!query)
        return query.error();
    QList<EnterpriseChangeRecord> records;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        records.append({row.value(0).toString(), row.value(1).toString(), row.value(2).toString(),
                        QCborValue::fromCbor(row.value(3).toByteArray()).toArray()});
    }
    return records;
}

Result<QList<RiskReportRecord>> EnterpriseRepository::riskReports(qint64 enterpriseId, int limit) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT r.id, r.kind, r.reported_on, r.level, r.note, "
                              "COALESCE(u.display_name, ''), r.recorded_at FROM risk_reports r "
                              "LEFT JOIN users u ON u.id = r.recorded_by WHERE r.enterprise_id = :id "
                              "ORDER BY r.reported_on DESC, r.id DESC LIMIT :limit"),
               {{QStringLiteral("id"), enterpriseId}, {QStringLiteral("limit"), limit}});
    if (!query)
        return query.error();
    QList<RiskReportRecord> records;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        RiskReportRecord record;
        record.id = row.value(0).toLongLong();
        record.enterpriseId = enterpriseId;
        record.report.kind = riskReportKindFromKey(row.value(1).toString()).value_or(RiskReportKind::First);
        record.report.reportedOn = row.value(2).toString();
        record.report.level = riskLevelFromKey(row.value(3).toString()).value_or(RiskLevel::Low);
        record.note = row.value(4).toString();
        record.recordedBy = row.value(5).toString();
        record.recordedAt = row.value(6).toString();
        records.append(record);
    }
    return records;
}

Status EnterpriseRepository::insertRiskReport(qint64 enterpriseId, const RiskSummary &report,
                                              const QString &note, std::optional<qint64> userId,
                                              const QString &at)
{
    return execSql(m_db,
                   QStringLiteral("INSERT INTO risk_reports (enterprise_id, kind, reported_on, level, note, "
                                  "recorded_by, recorded_at) VALUES (:enterprise, :kind, :on, :level, :note, "
                                  ":user, :at)"),
                   {{QStringLiteral("enterprise"), enterpriseId},
                    {QStringLiteral("kind"), riskReportKindKey(report.kind)},
                    {QStringLiteral("on"), report.reportedOn},
                    {QStringLiteral("level"), riskLevelKey(report.level)},
                    {QStringLiteral("note"), textValue(note)},
                    {QStringLiteral("user"), nullableId(userId)},
                    {QStringLiteral("at"), at}});
}

} // namespace gridsafe
