#include "regions/RegionRepository.h"

#include "sql/SqlRunner.h"
#include "sql/SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

namespace gridsafe {

namespace {

const QString kRegionColumns = QStringLiteral("id, parent_id, kind, code, name, town_id, revision");

Region readRegion(const QSqlQuery &query)
{
    Region region;
    region.id = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        region.parentId = query.value(1).toLongLong();
    region.kind = regionKindFromName(query.value(2).toString()).value_or(RegionKind::Village);
    region.code = query.value(3).toString();
    region.name = query.value(4).toString();
    if (!query.value(5).isNull())
        region.townId = query.value(5).toLongLong();
    region.revision = query.value(6).toInt();
    return region;
}

Result<QList<Region>> readAll(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QList<Region> regions;
    while (query.value().next())
        regions.append(readRegion(query.value()));
    return regions;
}

} // namespace

Result<std::optional<Region>> RegionRepository::find(qint64 id) const
{
    auto query = runSql(m_db, QStringLiteral("SELECT %1 FROM regions WHERE id = :id").arg(kRegionColumns),
                        {{QStringLiteral("id"), id}});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<Region>();
    return std::optional<Region>(readRegion(query.value()));
}

Result<QList<Region>> RegionRepository::children(qint64 parentId) const
{
    return readAll(runSql(
        m_db,
        QStringLiteral("SELECT %1 FROM regions WHERE parent_id = :parent ORDER BY id").arg(kRegionColumns),
        {{QStringLiteral("parent"), parentId}}));
}

Result<QList<Region>> RegionRepository::all() const
{
    return readAll(runSql(m_db, QStringLiteral("SELECT %1 FROM regions ORDER BY id").arg(kRegionColumns)));
}

Result<bool> RegionRepository::siblingNameTaken(qint64 parentId, const QString &name, qint64 exceptId) const
{
    auto found = scalarSql(m_db,
                           QStringLiteral("SELECT 1 FROM regions WHERE parent_id = :parent "
                                          "AND name = :name AND id <> :except"),
                           {{QStringLiteral("parent"), parentId},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("except"), exceptId}});
    if (!found)
        return found.error();
    return found.value().isValid();
}

Result<qint64> RegionRepository::insert(const Region &region)
{
    std::optional<qint64> townId;
    if (region.parentId) {
        auto parent = find(*region.parentId);
        if (!parent)
            return parent.error();
        if (!parent.value())
            return makeError(ErrorCode::NotFound, QStringLiteral("parent region not found"));
        townId = parent.value()->townId;
    }
    auto query = runSql(m_db,
                        QStringLiteral("INSERT INTO regions (parent_id, kind, code, name, town_id) "
                                       "VALUES (:parent, :kind, :code, :name, :town)"),
                        {{QStringLiteral("parent"), nullableId(region.parentId)},
                         {QStringLiteral("kind"), regionKindName(region.kind)},
                         {QStringLiteral("code"), region.code},
                         {QStringLiteral("name"), region.name},
                         {QStringLiteral("town"), nullableId(townId)}});
    if (!query)
        return query.error();
    const qint64 id = query.value().lastInsertId().toLongLong();
    // A town is its own town; set after the insert because its id was not known before.
    if (isTownLevel(region.kind)) {
        if (Status set = execSql(m_db, QStringLiteral("UPDATE regions SET town_id = id WHERE id = :id"),
                                 {{QStringLiteral("id"), id}});
            !set)
            return set.error();
    }
    return id;
}

Status RegionRepository::rename(qint64 id, const QString &name)
{
    return execSql(m_db,
                   QStringLiteral("UPDATE regions SET name = :name, revision = revision + 1 WHERE id = :id"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}});
}

} // namespace gridsafe
