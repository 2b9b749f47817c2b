#include "inspectors/InspectorRepository.h"

#include "sql/SqlRunner.h"
#include "sql/SqlValues.h"

#include <QSqlQuery>

namespace gridsafe {

namespace {

QVariantMap inspectorBinds(const Inspector &inspector)
{
    return {{QStringLiteral("name"), inspector.name},
            {QStringLiteral("phone"), textValue(inspector.phone)},
            {QStringLiteral("kind"), Inspector::kindName(inspector.kind)},
            {QStringLiteral("unitRegion"), nullableId(inspector.unitRegionId)},
            {QStringLiteral("unit"), textValue(inspector.unit)},
            {QStringLiteral("user"), nullableId(inspector.userId)},
            {QStringLiteral("active"), inspector.active ? 1 : 0},
            {QStringLiteral("at"), inspector.updatedAt}};
}

} // namespace

Result<QList<Inspector>> InspectorRepository::select(const QString &where, const QVariantMap &binds) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT id, town_id, name, phone, kind, unit_region_id, unit, user_id, "
                              "active, revision, created_at, updated_at FROM inspectors ")
                   + where + QStringLiteral(" ORDER BY id"),
               binds);
    if (!query)
        return query.error();
    QList<Inspector> result;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        Inspector inspector;
        inspector.id = row.value(0).toLongLong();
        inspector.townId = row.value(1).toLongLong();
        inspector.name = row.value(2).toString();
        inspector.phone = row.value(3).toString();
        inspector.kind = Inspector::kindFromName(row.value(4).toString()).value_or(Inspector::Kind::Other);
        if (!row.value(5).isNull())
            inspector.unitRegionId = row.value(5).toLongLong();
        inspector.unit = row.value(6).toString();
        if (!row.value(7).isNull())
            inspector.userId = row.value(7).toLongLong();
        inspector.active = row.value(8).toBool();
        inspector.revision = row.value(9).toInt();
        inspector.createdAt = row.value(10).toString();
        inspector.updatedAt = row.value(11).toString();
        result.append(inspector);
    }
    return result;
}

Result<std::optional<Inspector>> InspectorRepository::find(qint64 id) const
{
    return firstOrNone(select(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id}}));
}

Result<QList<Inspector>> InspectorRepository::inTown(qint64 townId) const
{
    return select(QStringLiteral("WHERE town_id = :town"), {{QStringLiteral("town"), townId}});
}

Result<std::optional<Inspector>> InspectorRepository::linkedTo(qint64 userId, qint64 exceptId) const
{
    return firstOrNone(select(QStringLiteral("WHERE user_id = :user AND id <> :except"),
                              {{QStringLiteral("user"), userId}, {QStringLiteral("except"), exceptId}}));
}

Result<qint64> InspectorRepository::insert(const Inspector &inspector)
{
    QVariantMap binds = inspectorBinds(inspector);
    binds.insert(QStringLiteral("town"), inspector.townId);
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO inspectors (town_id, name, phone, kind, unit_region_id, unit, "
                              "user_id, active, revision, created_at, updated_at) VALUES (:town, "
                              ":name, :phone, :kind, :unitRegion, :unit, :user, :active, 1, :at, :at)"),
               binds);
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Status InspectorRepository::update(const Inspector &inspector)
{
    QVariantMap binds = inspectorBinds(inspector);
    binds.insert(QStringLiteral("id"), inspector.id);
    return execSql(
        m_db,
        QStringLiteral("UPDATE inspectors SET name = :name, phone = :phone, kind = :kind, "
                       "unit_region_id = :unitRegion, unit = :unit, user_id = :user, active = :active, "
                       "updated_at = :at, revision = revision + 1 WHERE id = :id"),
        binds);
}

} // namespace gridsafe
