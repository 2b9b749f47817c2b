#include "ServerFixture.h"
#include "audit/AuditLog.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "sync/ChangeFeed.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace gridsafe;

TEST_CASE("store: a new database is created at the latest schema version in WAL mode")
{
    QTemporaryDir dir;
    auto database = Database::open(QDir(dir.path()).filePath(QStringLiteral("new.sqlite")));
    REQUIRE(database.ok());
    CHECK(database.value()->schemaVersion() == latestSchemaVersion());
    CHECK(scalarSql(database.value()->sql(), QStringLiteral("PRAGMA journal_mode"))->toString()
          == QStringLiteral("wal"));
    CHECK(scalarSql(database.value()->sql(), QStringLiteral("PRAGMA foreign_keys"))->toInt() == 1);
    // synchronous = FULL (2): an acknowledged command survives power loss.
    CHECK(scalarSql(database.value()->sql(), QStringLiteral("PRAGMA synchronous"))->toInt() == 2);
}

TEST_CASE("store: reopening a database keeps its data and does not migrate twice")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("db.sqlite"));
    {
        auto database = Database::open(path);
        REQUIRE(database.ok());
        REQUIRE(execSql(database.value()->sql(),
                        QStringLiteral("INSERT INTO regions (kind, name) VALUES ('district', '常州经开区')"))
                    .ok());
    }
    auto reopened = Database::open(path);
    REQUIRE(reopened.ok());
    CHECK(scalarSql(reopened.value()->sql(), QStringLiteral("SELECT COUNT(*) FROM regions"))->toInt() == 1);
}

TEST_CASE("store: a database from a newer program is refused with a clear message")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("future.sqlite"));
    {
        auto database = Database::open(path);
        REQUIRE(database.ok());
        REQUIRE(execSql(database.value()->sql(), QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("99")));
    CHECK(refused.error().message.contains(QStringLiteral("newer")));
}

TEST_CASE("store: an online backup is a complete, openable copy")
{
    test::ServerFixture fixture;
    const QString target = QDir(fixture.dataDir()).filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(fixture.core().database().backupTo(target).ok());
    auto copy = Database::open(target);
    REQUIRE(copy.ok());
    CHECK(scalarSql(copy.value()->sql(), QStringLiteral("SELECT COUNT(*) FROM regions"))->toLongLong()
          == fixture.count(QStringLiteral("regions")));
    auto overwrite = fixture.core().database().backupTo(target); // never overwrites
    REQUIRE_FALSE(overwrite.ok());
    CHECK(overwrite.error().code == ErrorCode::Invalid);
}

TEST_CASE("store: a restore puts the backup in place under a new database id")
{
    QTemporaryDir dir;
    const QString live = QDir(dir.path()).filePath(QStringLiteral("live.sqlite"));
    const QString backup = QDir(dir.path()).filePath(QStringLiteral("backup.sqlite"));
    QString originalId;
    {
        auto database = Database::open(live);
        REQUIRE(database.ok());
        originalId = database.value()->databaseId();
        CHECK(originalId.size() == 32);
        REQUIRE(database.value()->backupTo(backup).ok());
        REQUIRE(execSql(database.value()->sql(),
                        QStringLiteral("INSERT INTO regions (kind, name) VALUES ('district', '备份之后')"))
                    .ok());
    }
    REQUIRE(Database::restoreFrom(backup, live).ok());
    auto restored = Database::open(live);
    REQUIRE(restored.ok());
    CHECK(restored.value()->databaseId() != originalId);
    CHECK(scalarSql(restored.value()->sql(), QStringLiteral("SELECT COUNT(*) FROM regions"))->toInt() == 0);
}

TEST_CASE("store: restoring from a file that is not a GridSafe database leaves the live one alone")
{
    QTemporaryDir dir;
    const QString live = QDir(dir.path()).filePath(QStringLiteral("live.sqlite"));
    const QString junk = QDir(dir.path()).filePath(QStringLiteral("junk.sqlite"));
    {
        auto database = Database::open(live);
        REQUIRE(database.ok());
        REQUIRE(execSql(database.value()->sql(),
                        QStringLiteral("INSERT INTO regions (kind, name) VALUES ('district', '保留')"))
                    .ok());
    }
    QFile file(junk);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database at all, just some text that is long enough to be read");
    file.close();
    auto refused = Database::restoreFrom(junk, live);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(junk));
    auto still = Database::open(live);
    REQUIRE(still.ok());
    CHECK(scalarSql(still.value()->sql(), QStringLiteral("SELECT COUNT(*) FROM regions"))->toInt() == 1);
}

TEST_CASE("store: a data folder the server creates, its database and backups are the owner's alone")
{
    QTemporaryDir parent;
    const QString dataDir = QDir(parent.path()).filePath(QStringLiteral("fresh"));
    test::FakeClock clock;
    auto core = ServerCore::open({dataDir, std::chrono::hours(1), {}}, clock);
    REQUIRE(core.ok());
    REQUIRE(execSql(core.value()->database().sql(),
                    QStringLiteral("INSERT INTO server_meta VALUES ('probe', 'x')"))
                .ok());
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFile::permissions(dataDir) & groupOrOther) == 0);
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString path =
            QDir(dataDir).filePath(QStringLiteral("gridsafe.sqlite") + QLatin1String(suffix));
        INFO(path.toStdString());
        REQUIRE(QFileInfo::exists(path));
        CHECK((QFile::permissions(path) & groupOrOther) == 0);
        CHECK((QFile::permissions(path) & ownerOnly) == ownerOnly);
    }
    const QString backup = QDir(parent.path()).filePath(QStringLiteral("backup.sqlite"));
    REQUIRE(core.value()->database().backupTo(backup).ok());
    CHECK((QFile::permissions(backup) & groupOrOther) == 0);
}

TEST_CASE("store: a version 1 database migrates to the latest and keeps its feed head and audit chain")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("old.sqlite"));
    test::FakeClock clock;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(migrateDatabase(db, 1).ok());
        REQUIRE(execSql(db, QStringLiteral(
                                "INSERT INTO regions (id, kind, name) VALUES (1, 'district', '经开区')"))
                    .ok());
        // A feed whose newest rows were replaced: the sequence ran ahead of the rows left.
        REQUIRE(execSql(db, QStringLiteral("INSERT INTO changes (seq, entity, entity_id, town_id, payload) "
                                           "VALUES (5, 'region', 1, NULL, x'a0')"))
                    .ok());
        REQUIRE(
            execSql(db, QStringLiteral("UPDATE sqlite_sequence SET seq = 9 WHERE name = 'changes'")).ok());
        AuditLog audit(db, clock);
        REQUIRE(audit
                    .append({std::nullopt,
                             QStringLiteral("auth.loginFailed"),
                             {},
                             QStringLiteral("user"),
                             std::nullopt,
                             {}})
                    .ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    auto database = Database::open(path);
    REQUIRE(database.ok());
    QSqlDatabase db = database.value()->sql();
    CHECK(scalarSql(db, QStringLiteral("PRAGMA user_version"))->toInt() == latestSchemaVersion());
    CHECK(ChangeFeed(db).head().value() == 9);
    CHECK(scalarSql(db, QStringLiteral("SELECT COUNT(*) FROM changes WHERE seq = 5 AND exited = 0"))->toInt()
          == 1);
    auto verification = AuditLog(db, clock).verify();
    REQUIRE(verification.ok());
    CHECK(verification->intact);
    CHECK(verification->entries == 1);
}
