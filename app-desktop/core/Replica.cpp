#include "core/Replica.h"

#include "core/ReplicaMigrations.h"
#include "core/ReplicaRecords.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/Boundary.h"
#include "domain/EntityName.h"
#include "sql/PreparedStatement.h"
#include "sql/SqlValues.h"

#include "sql/SqlRunner.h"
#include "sql/TransactionGuard.h"

#include <QAtomicInt>
#include <QCborValue>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace gridsafe {

namespace {

QAtomicInt g_replicaCounter;
const int kReplicaSchemaVersion = int(replicaMigrations().size());

Result<bool> applied(const Status &status)
{
    if (!status)
        return status.error();
    return true;
}

Region readRegion(const QSqlQuery &row)
{
    Region region;
    region.id = row.value(0).toLongLong();
    if (!row.value(1).isNull())
        region.parentId = row.value(1).toLongLong();
    region.kind = regionKindFromName(row.value(2).toString()).value_or(RegionKind::Village);
    region.code = row.value(3).toString();
    region.name = row.value(4).toString();
    if (!row.value(5).isNull())
        region.townId = row.value(5).toLongLong();
    region.revision = row.value(6).toInt();
    return region;
}

Grid readGrid(const QSqlQuery &row)
{
    Grid grid;
    grid.id = row.value(0).toLongLong();
    grid.townId = row.value(1).toLongLong();
    grid.name = row.value(2).toString();
    grid.status =
        row.value(3).toString() == QLatin1String("retired") ? Grid::Status::Retired : Grid::Status::Active;
    grid.revision = row.value(4).toInt();
    grid.createdAt = row.value(5).toString();
    grid.updatedAt = row.value(6).toString();
    grid.retiredAt = row.value(7).toString();
    grid.retireReason = row.value(8).toString();
    grid.code = row.value(9).toString();
    grid.kind = Grid::kindFromName(row.value(10).toString()).value_or(Grid::Kind::Village);
    grid.part = row.value(11).toString();
    if (!row.value(12).isNull())
        grid.inspectorId = row.value(12).toLongLong();
    if (!row.value(13).isNull())
        grid.assignmentId = row.value(13).toLongLong();
    return grid;
}

const QString kRegionSelect =
    QStringLiteral("SELECT id, parent_id, kind, code, name, town_id, revision FROM regions");
const QString kGridSelect =
    QStringLiteral("SELECT id, town_id, name, status, revision, created_at, updated_at, "
                   "retired_at, retire_reason, code, kind, part, inspector_id, assignment_id FROM grids");

} // namespace

int Replica::schemaVersion()
{
    return kReplicaSchemaVersion;
}

Replica::Replica(QString connectionName, QString path) :
    m_connectionName(std::move(connectionName)),
    m_path(std::move(path))
{}

Replica::~Replica()
{
    m_pageStatements.clear(); // before the connection goes
    {
        QSqlDatabase db = sql();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Replica>> Replica::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString name = QStringLiteral("gridsafe-replica-%1").arg(g_replicaCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Replica> replica(new Replica(name, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("Replica", "Cannot open the local data file %1: %2")
                             .arg(path, db.lastError().text()));
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000"}) {
        if (Status done = execSql(db, QString::fromLatin1(pragma)); !done)
            return done.error();
    }
    auto version = scalarSql(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    if (version.value().toInt() > kReplicaSchemaVersion)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "Replica", "The local data file %1 was written by a newer "
                                                            "GridSafe. Install the newer version.")
                                                 .arg(path));
    for (int next = version.value().toInt() + 1; next <= kReplicaSchemaVersion; ++next) {
        TransactionGuard transaction(db);
        if (Status begun = transaction.begin(); !begun)
            return begun.error();
        for (const QString &statement : replicaMigrations().at(next - 1)) {
            if (Status done = execSql(db, statement); !done)
                return done.error();
        }
        if (Status set = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(next)); !set)
            return set.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
    }
    // What an older version held back may be readable now.
    if (Status replayed = replica->applyHeldChanges(); !replayed)
        return replayed.error();
    return replica;
}

QString Replica::meta(const QString &key) const
{
    auto value = scalarSql(sql(), QStringLiteral("SELECT value FROM meta WHERE key = :key"),
                           {{QStringLiteral("key"), key}});
    return value ? value.value().toString() : QString();
}

Status Replica::setMeta(const QString &key, const QString &value)
{
    return execSql(sql(), QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (:key, :value)"),
                   {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
}

qint64 Replica::lastSeq() const
{
    return meta(QStringLiteral("lastSeq")).toLongLong();
}

QDateTime Replica::lastSyncAt() const
{
    return QDateTime::fromString(meta(QStringLiteral("lastSyncAt")), Qt::ISODate);
}

Status Replica::applyPage(const QCborArray &changes, qint64 last, const QDateTime &now)
{
    // A page is a copy of what the server holds, with the position it reached in the same
    // transaction: written without a flush of its own (WAL, synchronous=NORMAL), a power cut
    // may undo the last pages together with their position, and the next pull fetches them
    // again. That turns a first sync from one disk flush per page into a few. The outbox,
    // which holds what only this computer has, keeps synchronous=FULL: its commits flush the
    // pages' frames along with their own.
    if (Status relaxed = execSql(sql(), QStringLiteral("PRAGMA synchronous = NORMAL")); !relaxed)
        return relaxed;
    const Status status = writePage(changes, last, now);
    if (Status restored = execSql(sql(), QStringLiteral("PRAGMA synchronous = FULL")); !restored)
        return restored;
    return status;
}

Status Replica::writePage(const QCborArray &changes, qint64 last, const QDateTime &now)
{
    TransactionGuard transaction(sql());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    m_touched.clear();
    for (const QCborValue &change : changes) {
        const QCborMap map = change.toMap();
        if (Status applied = applyChange(map); !applied)
            return applied;
        m_touched[map.value(QStringLiteral("entity")).toString()].insert(
            map.value(QStringLiteral("id")).toInteger());
    }
    if (Status seq = setMeta(QStringLiteral("lastSeq"), QString::number(std::max(last, lastSeq()))); !seq)
        return seq;
    if (Status at = setMeta(QStringLiteral("lastSyncAt"), now.toUTC().toString(Qt::ISODate)); !at)
        return at;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    const ReplicaChanges touched = std::exchange(m_touched, {});
    if (!touched.isEmpty())
        Q_EMIT entitiesChanged(touched);
    Q_EMIT changed();
    return success();
}

Status Replica::applyChange(const QCborMap &change)
{
    const QString entity = change.value(QStringLiteral("entity")).toString();
    const qint64 id = change.value(QStringLiteral("id")).toInteger();
    if (Status released =
            pageStatement(QStringLiteral("DELETE FROM held_changes WHERE entity = :entity AND id = :id"))
                .exec({{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}});
        !released)
        return released;
    auto applied = applyKnownChange(change);
    if (!applied)
        return applied.error();
    if (applied.value())
        return success();
    // Not for this version: keep it as it came, and drop any older copy we could read, so
    // nothing stale shows in its place.
    if (auto dropped = applyKnownChange(QCborMap{{QStringLiteral("entity"), entity},
                                                 {QStringLiteral("id"), id},
                                                 {QStringLiteral("deleted"), true}});
        !dropped)
        return dropped.error();
    if (change.value(QStringLiteral("deleted")).toBool())
        return success();
    return execSql(
        sql(), QStringLiteral("INSERT INTO held_changes (entity, id, change) VALUES (:entity, :id, :change)"),
        {{QStringLiteral("entity"), entity},
         {QStringLiteral("id"), id},
         {QStringLiteral("change"), change.toCborValue().toCbor()}});
}

PreparedStatement &Replica::pageStatement(const QString &sql)
{
    std::unique_ptr<PreparedStatement> &statement = m_pageStatements[sql];
    if (!statement)
        statement = std::make_unique<PreparedStatement>(this->sql(), sql);
    return *statement;
}

Status Replica::applyHeldChanges()
{
    auto rows = runSql(sql(), QStringLiteral("SELECT change FROM held_changes ORDER BY entity, id"));
    if (!rows)
        return rows.error();
    QList<QCborMap> held;
    while (rows.value().next())
        held.append(QCborValue::fromCbor(rows.value().value(0).toByteArray()).toMap());
    if (held.isEmpty())
        return success();
    TransactionGuard transaction(sql());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (const QCborMap &change : held) {
        if (Status applied = applyChange(change); !applied)
            return applied;
    }
    return transaction.commit();
}

Result<bool> Replica::applyKnownChange(const QCborMap &change)
{
    const QSqlDatabase db = sql();
    const QString entity = change.value(QStringLiteral("entity")).toString();
    const qint64 id = change.value(QStringLiteral("id")).toInteger();
    const bool deleted = change.value(QStringLiteral("deleted")).toBool();
    const QCborMap data = change.value(QStringLiteral("data")).toMap();
    if (entity == QLatin1String("region")) {
        if (deleted)
            return applied(execSql(db, QStringLiteral("DELETE FROM regions WHERE id = :id"),
                                   {{QStringLiteral("id"), id}}));
        auto region = Region::fromPayload(data);
        if (!region)
            return false; // e.g. a kind of area added after this version
        return applied(
            execSql(db,
                    QStringLiteral("INSERT OR REPLACE INTO regions (id, parent_id, kind, code, name, "
                                   "town_id, revision) VALUES (:id, :parent, :kind, :code, :name, "
                                   ":town, :revision)"),
                    {{QStringLiteral("id"), region->id},
                     {QStringLiteral("parent"), nullableId(region->parentId)},
                     {QStringLiteral("kind"), regionKindName(region->kind)},
                     {QStringLiteral("code"), region->code},
                     {QStringLiteral("name"), region->name},
                     {QStringLiteral("town"), nullableId(region->townId)},
                     {QStringLiteral("revision"), region->revision}}));
    }
    if (entity == QLatin1String("grid")) {
        if (Status cleared = execSql(db, QStringLiteral("DELETE FROM grid_areas WHERE grid_id = :id"),
                                     {{QStringLiteral("id"), id}});
            !cleared)
            return cleared.error();
        if (deleted)
            return applied(execSql(db, QStringLiteral("DELETE FROM grids WHERE id = :id"),
                                   {{QStringLiteral("id"), id}}));
        auto grid = Grid::fromPayload(data);
        if (!grid)
            return false; // e.g. a grid status added after this version
        if (Status stored =
                execSql(db,
                        QStringLiteral("INSERT OR REPLACE INTO grids (id, town_id, name, status, "
                                       "revision, created_at, updated_at, retired_at, "
                                       "retire_reason, code, kind, part, inspector_id, assignment_id) "
                                       "VALUES (:id, :town, :name, :status, :revision, :created, "
                                       ":updated, :retired, :reason, :code, :kind, :part, "
                                       ":inspector, :assignment)"),
                        {{QStringLiteral("id"), grid->id},
                         {QStringLiteral("town"), grid->townId},
                         {QStringLiteral("name"), grid->name},
                         {QStringLiteral("status"), Grid::statusName(grid->status)},
                         {QStringLiteral("revision"), grid->revision},
                         {QStringLiteral("created"), grid->createdAt},
                         {QStringLiteral("updated"), grid->updatedAt},
                         {QStringLiteral("retired"), grid->retiredAt},
                         {QStringLiteral("reason"), grid->retireReason},
                         {QStringLiteral("code"), textValue(grid->code)},
                         {QStringLiteral("kind"), Grid::kindName(grid->kind)},
                         {QStringLiteral("part"), textValue(grid->part)},
                         {QStringLiteral("inspector"), nullableId(grid->inspectorId)},
                         {QStringLiteral("assignment"), nullableId(grid->assignmentId)}});
            !stored)
            return stored.error();
        for (qint64 area : grid->areaIds) {
            if (Status added =
                    execSql(db,
                            QStringLiteral("INSERT OR IGNORE INTO grid_areas (grid_id, region_id) "
                                           "VALUES (:grid, :region)"),
                            {{QStringLiteral("grid"), grid->id}, {QStringLiteral("region"), area}});
                !added)
                return added.error();
        }
        return true;
    }
    if (entity == QLatin1String("user")) {
        if (deleted)
            return applied(execSql(db, QStringLiteral("DELETE FROM users WHERE id = :id"),
                                   {{QStringLiteral("id"), id}}));
        auto account = UserAccount::fromPayload(data);
        if (!account)
            return false; // e.g. a role added after this version
        return applied(
            execSql(db,
                    QStringLiteral("INSERT OR REPLACE INTO users (id, username, display_name, role, "
                                   "town_id, disabled, created_at, last_login_at) VALUES (:id, :name, "
                                   ":display, :role, :town, :disabled, :created, :login)"),
                    {{QStringLiteral("id"), account->id},
                     {QStringLiteral("name"), account->username},
                     {QStringLiteral("display"), account->displayName},
                     {QStringLiteral("role"), roleName(account->role)},
                     {QStringLiteral("town"), nullableId(account->townId)},
                     {QStringLiteral("disabled"), account->disabled ? 1 : 0},
                     {QStringLiteral("created"), account->createdAt},
                     {QStringLiteral("login"), account->lastLoginAt}}));
    }
    if (entity == QLatin1String(entity::kBoundary)) {
        if (deleted)
            return applied(execSql(db, QStringLiteral("DELETE FROM boundaries WHERE region_id = :id"),
                                   {{QStringLiteral("id"), id}}));
        auto boundary = Boundary::fromPayload(data);
        if (!boundary)
            return false; // e.g. a coordinate system added after this version
        return applied(
            execSql(db,
                    QStringLiteral("INSERT OR REPLACE INTO boundaries (region_id, town_id, payload) "
                                   "VALUES (:id, :town, :payload)"),
                    {{QStringLiteral("id"), boundary->regionId},
                     {QStringLiteral("town"), boundary->townId},
                     {QStringLiteral("payload"), data.toCborValue().toCbor()}}));
    }
    if (entity == QLatin1String(entity::kEnterprise))
        return ReplicaEnterprises(db).apply(id, deleted, data,
                                            &pageStatement(ReplicaEnterprises::upsertSql()));
    if (ReplicaRecords::isRecordEntity(entity)) {
        if (deleted)
            return applied(execSql(db,
                                   QStringLiteral("DELETE FROM records WHERE entity = :entity AND id = :id"),
                                   {{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}}));
        if (!ReplicaRecords::readable(entity, data))
            return false; // e.g. a kind or status added after this version
        const QCborValue town = data.value(QStringLiteral("townId"));
        return applied(
            execSql(db,
                    QStringLiteral("INSERT OR REPLACE INTO records (entity, id, town_id, payload) "
                                   "VALUES (:entity, :id, :town, :payload)"),
                    {{QStringLiteral("entity"), entity},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("town"), town.isInteger() ? QVariant(town.toInteger())
                                                               : QVariant(QMetaType(QMetaType::LongLong))},
                     {QStringLiteral("payload"), data.toCborValue().toCbor()}}));
    }
    return false; // an entity this version does not know yet
}

QString Replica::databaseId() const
{
    return meta(QStringLiteral("databaseId"));
}

Status Replica::reset()
{
    TransactionGuard transaction(sql());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status cleared = clearReplicatedRows(); !cleared)
        return cleared;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT cleared();
    Q_EMIT changed();
    return success();
}

Status Replica::clearReplicatedRows()
{
    for (const char *statement :
         {"DELETE FROM regions", "DELETE FROM grids", "DELETE FROM grid_areas", "DELETE FROM users",
          "DELETE FROM records", "DELETE FROM boundaries", "DELETE FROM enterprises",
          "DELETE FROM held_changes", "DELETE FROM meta WHERE key IN ('lastSeq', 'lastSyncAt')"}) {
        if (Status done = execSql(sql(), QString::fromLatin1(statement)); !done)
            return done;
    }
    return success();
}

Status Replica::adopt(const QString &key, const QString &value)
{
    const QString current = meta(key);
    if (current == value)
        return success();
    // Clearing and taking the new value commit together: a failure leaves the old value,
    // so the next connection tries again instead of mixing two databases or two scopes.
    TransactionGuard transaction(sql());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (!current.isEmpty()) {
        if (Status cleared = clearReplicatedRows(); !cleared)
            return cleared;
    }
    if (Status stored = setMeta(key, value); !stored)
        return stored;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    if (!current.isEmpty()) {
        Q_EMIT cleared();
        Q_EMIT changed();
    }
    return success();
}

Status Replica::adoptDatabase(const QString &databaseId)
{
    return adopt(QStringLiteral("databaseId"), databaseId);
}

Status Replica::adoptScope(const QString &scope)
{
    return adopt(QStringLiteral("scope"), scope);
}

Status Replica::rememberUser(const QCborMap &user)
{
    return setMeta(QStringLiteral("user"), QString::fromLatin1(user.toCborValue().toCbor().toBase64()));
}

std::optional<QCborMap> Replica::rememberedUser() const
{
    const QString stored = meta(QStringLiteral("user"));
    if (stored.isEmpty())
        return std::nullopt;
    const QCborValue user = QCborValue::fromCbor(QByteArray::fromBase64(stored.toLatin1()));
    if (!user.isMap())
        return std::nullopt;
    return user.toMap();
}

QList<Region> Replica::regions() const
{
    QList<Region> result;
    auto query = runSql(sql(), kRegionSelect + QStringLiteral(" ORDER BY id"));
    if (!query)
        return result;
    while (query.value().next())
        result.append(readRegion(query.value()));
    return result;
}

std::optional<Region> Replica::region(qint64 id) const
{
    auto query =
        runSql(sql(), kRegionSelect + QStringLiteral(" WHERE id = :id"), {{QStringLiteral("id"), id}});
    if (!query || !query.value().next())
        return std::nullopt;
    return readRegion(query.value());
}

QList<Grid> Replica::grids(qint64 townId) const
{
    QList<Grid> result;
    auto query = runSql(
        sql(), kGridSelect + QStringLiteral(" WHERE town_id = :town ORDER BY status = 'retired', name"),
        {{QStringLiteral("town"), townId}});
    if (!query)
        return result;
    while (query.value().next())
        result.append(readGrid(query.value()));
    auto areas = runSql(sql(),
                        QStringLiteral("SELECT a.grid_id, a.region_id FROM grid_areas a JOIN grids g ON "
                                       "g.id = a.grid_id WHERE g.town_id = :town ORDER BY a.region_id"),
                        {{QStringLiteral("town"), townId}});
    if (areas) {
        QHash<qint64, QList<qint64>> byGrid;
        while (areas.value().next())
            byGrid[areas.value().value(0).toLongLong()].append(areas.value().value(1).toLongLong());
        for (Grid &grid : result)
            grid.areaIds = byGrid.value(grid.id);
    }
    return result;
}

QList<UserAccount> Replica::users() const
{
    QList<UserAccount> result;
    auto query = runSql(sql(), QStringLiteral("SELECT id, username, display_name, role, town_id, disabled, "
                                              "created_at, last_login_at FROM users ORDER BY username"));
    if (!query)
        return result;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        UserAccount account;
        account.id = row.value(0).toLongLong();
        account.username = row.value(1).toString();
        account.displayName = row.value(2).toString();
        account.role = roleFromName(row.value(3).toString()).value_or(Role::Inspector);
        if (!row.value(4).isNull())
            account.townId = row.value(4).toLongLong();
        account.disabled = row.value(5).toBool();
        account.createdAt = row.value(6).toString();
        account.lastLoginAt = row.value(7).toString();
        result.append(account);
    }
    return result;
}

std::optional<Grid> Replica::grid(qint64 id) const
{
    auto query = runSql(sql(), kGridSelect + QStringLiteral(" WHERE id = :id"), {{QStringLiteral("id"), id}});
    if (!query || !query.value().next())
        return std::nullopt;
    Grid grid = readGrid(query.value());
    auto areas = runSql(
        sql(), QStringLiteral("SELECT region_id FROM grid_areas WHERE grid_id = :id ORDER BY region_id"),
        {{QStringLiteral("id"), id}});
    if (areas) {
        while (areas.value().next())
            grid.areaIds.append(areas.value().value(0).toLongLong());
    }
    return grid;
}

} // namespace gridsafe
