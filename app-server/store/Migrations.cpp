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
        // 5: the grid network — grids in full (code, kind, part of a split village),
        // inspectors and their assignments (one grid, one inspector: a unique index on the
        // open assignment), training, exams and certificates, the yearly plan, agencies with
        // their contracts and separate engagements, division filings, area boundaries.
        {
            QStringLiteral("ALTER TABLE grids ADD COLUMN code TEXT"),
            QStringLiteral("ALTER TABLE grids ADD COLUMN kind TEXT NOT NULL DEFAULT 'village' "
                           "CHECK (kind IN ('village','park'))"),
            QStringLiteral("ALTER TABLE grids ADD COLUMN part TEXT NOT NULL DEFAULT ''"),
            // Existing grids get WG-01, WG-02, … in their town's order of creation.
            QStringLiteral("UPDATE grids SET code = 'WG-' || printf('%02d', (SELECT COUNT(*) FROM grids g "
                           "WHERE g.town_id = grids.town_id AND g.id <= grids.id))"),
            QStringLiteral("UPDATE grids SET kind = 'park' WHERE NOT EXISTS (SELECT 1 FROM grid_areas a "
                           "JOIN regions r ON r.id = a.region_id WHERE a.grid_id = grids.id AND r.kind <> "
                           "'park') AND EXISTS (SELECT 1 FROM grid_areas a WHERE a.grid_id = grids.id)"),
            QStringLiteral("CREATE UNIQUE INDEX grids_active_code ON grids(town_id, code) "
                           "WHERE status = 'active'"),
            QStringLiteral(R"(CREATE TABLE inspectors (
                id INTEGER PRIMARY KEY,
                town_id INTEGER NOT NULL REFERENCES regions(id),
                name TEXT NOT NULL,
                phone TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('safetyOfficer','townStaff','other')),
                unit_region_id INTEGER REFERENCES regions(id),
                unit TEXT NOT NULL DEFAULT '',
                user_id INTEGER UNIQUE REFERENCES users(id),
                active INTEGER NOT NULL DEFAULT 1,
                revision INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX inspectors_town ON inspectors(town_id)"),
            QStringLiteral(R"(CREATE TABLE grid_assignments (
                id INTEGER PRIMARY KEY,
                grid_id INTEGER NOT NULL REFERENCES grids(id),
                inspector_id INTEGER NOT NULL REFERENCES inspectors(id),
                town_id INTEGER NOT NULL REFERENCES regions(id),
                starts_on TEXT NOT NULL,
                ends_on TEXT,
                override_reason TEXT NOT NULL DEFAULT '',
                end_reason TEXT NOT NULL DEFAULT '',
                assigned_by TEXT NOT NULL DEFAULT '',
                CHECK (ends_on IS NULL OR ends_on >= starts_on)))"),
            // 一格一员: at most one current inspector per grid, whatever a handler does.
            QStringLiteral("CREATE UNIQUE INDEX grid_assignments_current ON grid_assignments(grid_id) "
                           "WHERE ends_on IS NULL"),
            QStringLiteral("CREATE INDEX grid_assignments_inspector ON grid_assignments(inspector_id)"),
            QStringLiteral(R"(CREATE TABLE training_sessions (
                id INTEGER PRIMARY KEY,
                town_id INTEGER NOT NULL REFERENCES regions(id),
                held_on TEXT NOT NULL,
                hours REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
                topic TEXT NOT NULL,
                trainer TEXT NOT NULL,
                revision INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX training_sessions_town ON training_sessions(town_id)"),
            QStringLiteral(R"(CREATE TABLE training_attendance (
                session_id INTEGER NOT NULL REFERENCES training_sessions(id),
                inspector_id INTEGER NOT NULL REFERENCES inspectors(id),
                PRIMARY KEY (session_id, inspector_id)))"),
            QStringLiteral("CREATE INDEX training_attendance_inspector ON training_attendance(inspector_id)"),
            QStringLiteral(R"(CREATE TABLE exam_results (
                id INTEGER PRIMARY KEY,
                town_id INTEGER NOT NULL REFERENCES regions(id),
                inspector_id INTEGER NOT NULL REFERENCES inspectors(id),
                taken_on TEXT NOT NULL,
                subject TEXT NOT NULL,
                score REAL NOT NULL,
                pass_mark REAL NOT NULL,
                created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX exam_results_inspector ON exam_results(inspector_id)"),
            QStringLiteral(R"(CREATE TABLE certificates (
                id INTEGER PRIMARY KEY,
                town_id INTEGER NOT NULL REFERENCES regions(id),
                inspector_id INTEGER NOT NULL REFERENCES inspectors(id),
                number TEXT NOT NULL UNIQUE,
                issued_on TEXT NOT NULL,
                valid_until TEXT NOT NULL,
                exam_id INTEGER NOT NULL REFERENCES exam_results(id),
                revoked_on TEXT,
                revoke_reason TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                CHECK (valid_until > issued_on)))"),
            QStringLiteral("CREATE INDEX certificates_inspector ON certificates(inspector_id)"),
            QStringLiteral(R"(CREATE TABLE training_plans (
                id INTEGER PRIMARY KEY,
                town_id INTEGER NOT NULL REFERENCES regions(id),
                year INTEGER NOT NULL,
                required_hours REAL NOT NULL,
                items BLOB NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                revision INTEGER NOT NULL DEFAULT 1,
                updated_at TEXT NOT NULL,
                UNIQUE (town_id, year)))"),
            QStringLiteral(R"(CREATE TABLE agencies (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                credit_code TEXT NOT NULL UNIQUE,
                on_city_list INTEGER NOT NULL DEFAULT 0,
                growth_value INTEGER,
                growth_value_on TEXT,
                contact TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                revision INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE service_contracts (
                id INTEGER PRIMARY KEY,
                agency_id INTEGER NOT NULL REFERENCES agencies(id),
                town_id INTEGER NOT NULL REFERENCES regions(id),
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                scope TEXT NOT NULL,
                terminated_on TEXT,
                terminate_reason TEXT NOT NULL DEFAULT '',
                revision INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                CHECK (ends_on >= starts_on)))"),
            QStringLiteral(
                "CREATE INDEX service_contracts_agency_town ON service_contracts(agency_id, town_id)"),
            QStringLiteral(R"(CREATE TABLE contract_grids (
                contract_id INTEGER NOT NULL REFERENCES service_contracts(id),
                grid_id INTEGER NOT NULL REFERENCES grids(id),
                PRIMARY KEY (contract_id, grid_id)))"),
            QStringLiteral(R"(CREATE TABLE coaching_engagements (
                id INTEGER PRIMARY KEY,
                agency_id INTEGER NOT NULL REFERENCES agencies(id),
                town_id INTEGER NOT NULL REFERENCES regions(id),
                enterprise_name TEXT NOT NULL,
                enterprise_code TEXT NOT NULL,
                starts_on TEXT NOT NULL,
                ends_on TEXT NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                CHECK (ends_on >= starts_on)))"),
            QStringLiteral("CREATE INDEX coaching_engagements_agency_town ON coaching_engagements(agency_id, "
                           "town_id)"),
            QStringLiteral(R"(CREATE TABLE division_state (
                town_id INTEGER PRIMARY KEY REFERENCES regions(id),
                revision INTEGER NOT NULL,
                changed_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE filings (
                id INTEGER PRIMARY KEY,
                town_id INTEGER NOT NULL REFERENCES regions(id),
                number INTEGER NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('submitted','filed','returned','withdrawn')),
                division_revision INTEGER NOT NULL,
                snapshot BLOB NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                submitted_by TEXT NOT NULL,
                submitted_at TEXT NOT NULL,
                decided_by TEXT NOT NULL DEFAULT '',
                decided_at TEXT NOT NULL DEFAULT '',
                decision_reason TEXT NOT NULL DEFAULT '',
                revision INTEGER NOT NULL DEFAULT 1,
                UNIQUE (town_id, number)))"),
            // What was submitted is the record: only the decision may change, once.
            QStringLiteral("CREATE TRIGGER filings_snapshot_fixed BEFORE UPDATE OF town_id, number, "
                           "division_revision, snapshot, submitted_by, submitted_at ON filings "
                           "BEGIN SELECT RAISE(ABORT, 'a filing''s snapshot is immutable'); END"),
            QStringLiteral("CREATE TRIGGER filings_decided_once BEFORE UPDATE OF status ON filings "
                           "WHEN OLD.status <> 'submitted' "
                           "BEGIN SELECT RAISE(ABORT, 'a filing is decided once'); END"),
            QStringLiteral("CREATE TRIGGER filings_kept BEFORE DELETE ON filings "
                           "BEGIN SELECT RAISE(ABORT, 'filings are kept'); END"),
            QStringLiteral(R"(CREATE TABLE region_boundaries (
                region_id INTEGER PRIMARY KEY REFERENCES regions(id),
                polygons BLOB NOT NULL,
                imported_at TEXT NOT NULL))"),
        },
        // 6: the grid map's outlines (entity "boundary", region.importBoundaries): one per
        // village, community or park, replicated to its town. They replace version 5's
        // region_boundaries, which no command ever wrote, so nothing is lost with it.
        {
            QStringLiteral("DROP TABLE region_boundaries"),
            QStringLiteral(R"(CREATE TABLE boundaries (
                region_id INTEGER PRIMARY KEY REFERENCES regions(id),
                town_id INTEGER NOT NULL REFERENCES regions(id),
                crs TEXT NOT NULL CHECK (crs IN ('WGS-84','CGCS2000')),
                polygons BLOB NOT NULL,
                revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
                updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX boundaries_town ON boundaries(town_id)"),
        },
        // 7: the enterprise register (entity "enterprise"), the history of its information,
        // its risk reports, and the staging area of imports (never replicated).
        {
            QStringLiteral(R"(CREATE TABLE enterprises (
                id INTEGER PRIMARY KEY,
                credit_code TEXT NOT NULL UNIQUE CHECK (length(credit_code) = 18),
                name TEXT NOT NULL CHECK (name <> ''),
                address TEXT NOT NULL DEFAULT '',
                town_id INTEGER NOT NULL REFERENCES regions(id),
                village_id INTEGER REFERENCES regions(id),
                industry TEXT NOT NULL DEFAULT '',
                sector TEXT CHECK (sector IN ('metallurgy','nonferrous','buildingMaterials','machinery',
                    'lightIndustry','textile','tobacco','commerce')),
                focus_flags TEXT NOT NULL DEFAULT '',
                scale TEXT NOT NULL CHECK (scale IN ('above','below')),
                employees INTEGER CHECK (employees IS NULL OR employees >= 0),
                legal_representative TEXT NOT NULL DEFAULT '',
                safety_contact TEXT NOT NULL DEFAULT '',
                safety_phone TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL CHECK (status IN ('operating','suspended','closed')),
                longitude REAL,
                latitude REAL,
                grid_id INTEGER REFERENCES grids(id),
                direct_reason TEXT NOT NULL DEFAULT '',
                risk_kind TEXT CHECK (risk_kind IN ('first','periodic','change')),
                risk_reported_on TEXT,
                risk_level TEXT CHECK (risk_level IN ('major','significant','general','low')),
                revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                CHECK (grid_id IS NULL OR direct_reason = ''),
                CHECK ((longitude IS NULL) = (latitude IS NULL))))"),
            QStringLiteral("CREATE INDEX enterprises_town ON enterprises(town_id)"),
            QStringLiteral("CREATE INDEX enterprises_grid ON enterprises(grid_id)"),
            QStringLiteral(R"(CREATE TABLE enterprise_changes (
                id INTEGER PRIMARY KEY,
                enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
                at TEXT NOT NULL,
                user_id INTEGER REFERENCES users(id),
                action TEXT NOT NULL,
                changes BLOB NOT NULL))"),
            QStringLiteral(
                "CREATE INDEX enterprise_changes_enterprise ON enterprise_changes(enterprise_id, id)"),
            // The history is a record: kept as written.
            QStringLiteral("CREATE TRIGGER enterprise_changes_fixed BEFORE UPDATE ON enterprise_changes "
                           "BEGIN SELECT RAISE(ABORT, 'the enterprise history is append-only'); END"),
            QStringLiteral("CREATE TRIGGER enterprise_changes_kept BEFORE DELETE ON enterprise_changes "
                           "BEGIN SELECT RAISE(ABORT, 'the enterprise history is append-only'); END"),
            QStringLiteral(R"(CREATE TABLE risk_reports (
                id INTEGER PRIMARY KEY,
                enterprise_id INTEGER NOT NULL REFERENCES enterprises(id),
                kind TEXT NOT NULL CHECK (kind IN ('first','periodic','change')),
                reported_on TEXT NOT NULL,
                level TEXT NOT NULL CHECK (level IN ('major','significant','general','low')),
                note TEXT NOT NULL DEFAULT '',
                recorded_by INTEGER REFERENCES users(id),
                recorded_at TEXT NOT NULL))"),
            QStringLiteral(
                "CREATE INDEX risk_reports_enterprise ON risk_reports(enterprise_id, reported_on)"),
            QStringLiteral(R"(CREATE TABLE import_jobs (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                file_name TEXT NOT NULL,
                checksum TEXT NOT NULL,
                row_count INTEGER NOT NULL CHECK (row_count >= 1),
                rows_staged INTEGER NOT NULL DEFAULT 0,
                staged_bytes INTEGER NOT NULL DEFAULT 0,
                checked INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                touched_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE import_rows (
                job_id INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
                row_number INTEGER NOT NULL,
                cells BLOB NOT NULL,
                PRIMARY KEY (job_id, row_number)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE import_problems (
                job_id INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
                row_number INTEGER NOT NULL,
                field TEXT NOT NULL,
                message TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX import_problems_job ON import_problems(job_id, row_number)"),
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
