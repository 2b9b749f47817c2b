#include "core/ReplicaMigrations.h"

namespace gridsafe {

const QList<QStringList> &replicaMigrations()
{
    static const QList<QStringList> kMigrations = {
        // 1: regions, grids and their areas, the outbox, sync state.
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE regions (id INTEGER PRIMARY KEY, parent_id INTEGER, kind TEXT NOT NULL, "
                "code TEXT, name TEXT NOT NULL, town_id INTEGER, revision INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE grids (id INTEGER PRIMARY KEY, town_id INTEGER NOT NULL, name TEXT NOT NULL, "
                "status TEXT NOT NULL, revision INTEGER NOT NULL, created_at TEXT, updated_at TEXT, "
                "retired_at TEXT, retire_reason TEXT)"),
            QStringLiteral("CREATE INDEX grids_town ON grids(town_id)"),
            QStringLiteral("CREATE TABLE grid_areas (grid_id INTEGER NOT NULL, region_id INTEGER NOT NULL, "
                           "PRIMARY KEY (grid_id, region_id))"),
            QStringLiteral(
                "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, command_id TEXT NOT NULL "
                "UNIQUE, name TEXT NOT NULL, args BLOB NOT NULL, summary TEXT NOT NULL, state TEXT NOT "
                "NULL CHECK (state IN ('pending','rejected')), error_code TEXT, error_message TEXT, "
                "created_at TEXT NOT NULL)"),
        },
        // 2: changes this version cannot apply yet (an entity it does not know, a value it
        // cannot read), kept verbatim and applied again when a newer version opens the file.
        {
            QStringLiteral("CREATE TABLE held_changes (entity TEXT NOT NULL, id INTEGER NOT NULL, "
                           "change BLOB NOT NULL, PRIMARY KEY (entity, id))"),
        },
        // 3: a queued command may build on an earlier one (an edit of a grid whose creation
        // or last edit is still queued): it waits for that one's result (Outbox).
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN builds_on TEXT"),
            QStringLiteral("CREATE INDEX outbox_builds_on ON outbox(builds_on)"),
        },
        // 4: user accounts, which only administrators' replicas receive.
        {
            QStringLiteral(
                "CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT NOT NULL, display_name TEXT "
                "NOT NULL, role TEXT NOT NULL, town_id INTEGER, disabled INTEGER NOT NULL, created_at "
                "TEXT, last_login_at TEXT)"),
        },
        // 5: the grid network. Grids get their code, kind, described part and current
        // inspector; the network's other entities (inspectors, assignments, training, exams,
        // certificates, plans, agencies, contracts, engagements, filings, division states)
        // are small per town and kept as their replicated form, read through their types.
        {
            QStringLiteral("ALTER TABLE grids ADD COLUMN code TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE grids ADD COLUMN kind TEXT NOT NULL DEFAULT 'village'"),
            QStringLiteral("ALTER TABLE grids ADD COLUMN part TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE grids ADD COLUMN inspector_id INTEGER"),
            QStringLiteral("ALTER TABLE grids ADD COLUMN assignment_id INTEGER"),
            QStringLiteral(
                "CREATE TABLE records (entity TEXT NOT NULL, id INTEGER NOT NULL, town_id INTEGER, "
                "payload BLOB NOT NULL, PRIMARY KEY (entity, id))"),
            QStringLiteral("CREATE INDEX records_town ON records(entity, town_id)"),
            // Grids were replicated without these fields: fetch everything again (the
            // outbox stays; its commands apply at most once).
            QStringLiteral("DELETE FROM meta WHERE key IN ('lastSeq', 'lastSyncAt')"),
        },
        // 6: the grid map's outlines (entity "boundary"), one row per village, community or
        // park, kept as their replicated form. Apart from `records` because they are large
        // (up to hundreds of kilobytes each) and read a town at a time by the map only.
        {
            QStringLiteral("CREATE TABLE boundaries (region_id INTEGER PRIMARY KEY, town_id INTEGER, "
                           "payload BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX boundaries_town ON boundaries(town_id)"),
            // Version 5 held boundary rows verbatim and open() applies them after this; the
            // whole feed is fetched again as well, as at version 5, so the map is complete
            // whatever an older version kept.
            QStringLiteral("DELETE FROM meta WHERE key IN ('lastSeq', 'lastSyncAt')"),
        },
        // 7: the enterprise register (entity "enterprise"): the columns the register's table
        // filters and sorts by, read for a hundred thousand rows at once, and the payload for
        // the rest. Enterprises a version 6 replica held verbatim are applied by open().
        {
            QStringLiteral("CREATE TABLE enterprises (id INTEGER PRIMARY KEY, town_id INTEGER NOT NULL, "
                           "credit_code TEXT NOT NULL, name TEXT NOT NULL, village_id INTEGER, grid_id "
                           "INTEGER, direct INTEGER NOT NULL, industry TEXT NOT NULL, sector TEXT, "
                           "focus_flags TEXT NOT NULL, scale TEXT NOT NULL, status TEXT NOT NULL, "
                           "risk_level TEXT, payload BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX enterprises_town ON enterprises(town_id)"),
        },
    };
    return kMigrations;
}

} // namespace gridsafe
