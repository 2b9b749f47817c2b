#include "store/Migrations.h"

#include "sql/SqlRunner.h"
#include "sql/TransactionGuard.h"

#include <QCoreApplication>

#include <QStringList>
#include <algorithm>

namespace gridsafe {

namespace {

// Migration N brings the schema from version N-1 to N.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> kMigrations = {
        // 1: regions, grids, accounts, sessions, idempotency, change feed, audit log.
        {
            QStringLiteral(R"(CREATE TABLE regions (
                id INTEGER PRIMARY KEY,
                parent_id INTEGER REFERENCES regions(id),
                kind TEXT NOT NULL CHECK (kind IN ('district','town','street','village','community','park')),
                code TEXT,
                name TEXT NOT NULL,
                town_id INTEGER REFERENCES regions(id),
                revision INTEGER NOT NULL DEFAULT 1,
                UNIQUE (parent_id, name)))"),
            QStringLiteral("CREATE INDEX regions_town ON regions(town_id)"),
            QStringLiteral(R"(CREATE TABLE grids (
                id INTEGER PRIMARY KEY,
                town_id INTEGER NOT NULL REFERENCES regions(id),
                name TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','retired')),
                revision INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                retired_at TEXT,
                retire_reason TEXT))"),
            QStringLiteral("CREATE UNIQUE INDEX grids_active_name ON grids(town_id, name) "
                           "WHERE status = 'active'"),
            QStringLiteral(R"(CREATE TABLE grid_areas (
                grid_id INTEGER NOT NULL REFERENCES grids(id),
                region_id INTEGER NOT NULL REFERENCES regions(id),
                PRIMARY KEY (grid_id, region_id)))"),
            QStringLiteral("CREATE INDEX grid_areas_region ON grid_areas(region_id)"),
            QStringLiteral(R"(CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                username TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('admin','reviewer','operator','inspector')),
                town_id INTEGER REFERENCES regions(id),
                password_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                password_changed_at TEXT NOT NULL,
                CHECK ((role IN ('operator','inspector')) = (town_id IS NOT NULL))))"),
            QStringLiteral(R"(CREATE TABLE sessions (
                token_hash BLOB PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                created_at INTEGER NOT NULL,
                last_seen_at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id)"),
            QStringLiteral(R"(CREATE TABLE applied_commands (
                command_id TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                name TEXT NOT NULL,
                result BLOB NOT NULL,
                applied_at TEXT NOT NULL))"),
            // One row per entity: a newer change replaces the older one, so pulling from 0
            // is a snapshot and pulling from N is everything changed since N.
            QStringLiteral(R"(CREATE TABLE changes (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                entity TEXT NOT NULL,
                entity_id INTEGER NOT NULL,
                town_id INTEGER,
                deleted INTEGER NOT NULL DEFAULT 0,
                payload BLOB,
                UNIQUE (entity, entity_id)))"),
            QStringLiteral("CREATE INDEX changes_town_seq ON changes(town_id, seq)"),
            QStringLiteral(R"(CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                user_id INTEGER,
                action TEXT NOT NULL,
                command_id TEXT,
                entity TEXT,
                entity_id INTEGER,
                detail TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL))"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"),
            // The database's identity, sent in hello: a client whose replica came from
            // another database (or from this one before a restore) starts its replica anew.
            QStringLiteral("CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('database_id', "
                           "lower(hex(randomblob(16))))"),
        },
        // 2: the audit chain's head, kept by a trigger, so cutting entries off the end shows.
        {
            QStringLiteral(R"(CREATE TABLE audit_head (
                one INTEGER PRIMARY KEY CHECK (one = 1),
                id INTEGER NOT NULL,
                hash TEXT NOT NULL))"),
            QStringLiteral("INSERT INTO audit_head (one, id, hash) SELECT 1, COALESCE(MAX(id), 0), "
                           "COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), "
                           "'0000000000000000000000000000000000000000000000000000000000000000') "
                           "FROM audit_log"),
            QStringLiteral("CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log "
                           "BEGIN UPDATE audit_head SET id = NEW.id, hash = NEW.hash; END"),
            QStringLiteral("CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head "
                           "WHEN NEW.id <= OLD.id "
                           "BEGIN SELECT RAISE(ABORT, 'the audit head only moves forward'); END"),
            QStringLiteral("CREATE TRIGGER audit_head_kept BEFORE DELETE ON audit_head "
                           "BEGIN SELECT RAISE(ABORT, 'the audit head is kept'); END"),
        },
        // 3: the change feed keeps one row per entity *and scope*: when an entity leaves a
        // town, that town's row becomes a tombstone marked `exited`, so its replicas drop
        // it, while readers of every town (who see it arrive elsewhere) skip the tombstone.
        {
            QStringLiteral(R"(CREATE TABLE changes_v3 (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                entity TEXT NOT NULL,
                entity_id INTEGER NOT NULL,
                town_id INTEGER,
                deleted INTEGER NOT NULL DEFAULT 0,
                exited INTEGER NOT NULL DEFAULT 0,
                payload BLOB))"),
            QStringLiteral("INSERT INTO changes_v3 (seq, entity, entity_id, town_id, deleted, payload) "
                           "SELECT seq, entity, entity_id, town_id, deleted, payload FROM changes"),
            // Keep the highest sequence ever handed out, not just the highest still present.
            // (sqlite_sequence has no unique key: update the row the copy made, or add one.)
            QStringLiteral("UPDATE sqlite_sequence SET seq = (SELECT MAX(seq) FROM sqlite_sequence WHERE "
                           "name IN ('changes', 'changes_v3')) WHERE name = 'changes_v3'"),
            QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT 'changes_v3', seq FROM "
                           "sqlite_sequence WHERE name = 'changes' AND NOT EXISTS (SELECT 1 FROM "
                           "sqlite_sequence WHERE name = 'changes_v3')"),
            QStringLiteral("DROP TABLE changes"),
            QStringLiteral("ALTER TABLE changes_v3 RENAME TO changes"),
            QStringLiteral("CREATE UNIQUE INDEX changes_entity_scope ON changes(entity, entity_id, "
                           "IFNULL(town_id, 0))"),
            QStringLiteral("CREATE INDEX changes_town_seq ON changes(town_id, seq)"),
        },
        // 4: when each account last logged in, for the administrators' user list.
        {
            QStringLiteral("ALTER TABLE users ADD COLUMN last_login_at TEXT"),
        },
    };
    return kMigrations;
}

} // namespace

int latestSchemaVersion()
{
    return int(migrations().size());
}

Status migrateDatabase(const QSqlDatabase &db, int targetVersion)
{
    auto current = scalarSql(db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    const int version = current.value().toInt();
    if (version > latestSchemaVersion())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "Migrations", "The database has schema version %1, but this "
                                                               "program knows only up to version %2. Use a "
                                                               "newer GridSafe server.")
                                                 .arg(version)
                                                 .arg(latestSchemaVersion()));
    for (int next = version + 1; next <= std::min(targetVersion, latestSchemaVersion()); ++next) {
        TransactionGuard transaction(db);
        if (Status begun = transaction.begin(); !begun)
            return begun;
        for (const QString &statement : migrations().at(next - 1)) {
            if (Status done = execSql(db, statement); !done)
                return makeError(
                    ErrorCode::Internal,
                    QStringLiteral("migration %1 failed: %2").arg(next).arg(done.error().message));
        }
        // PRAGMA takes no bound parameters; the value is our own integer.
        if (Status set = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(next)); !set)
            return set;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return success();
}

} // namespace gridsafe
