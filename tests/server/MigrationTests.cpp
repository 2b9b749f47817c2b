#include "ServerFixture.h"
#include "sql/SqlRunner.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <catch2/catch.hpp>

#include <QDir>
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
    CHECK_FALSE(fixture.core().database().backupTo(target).ok()); // never overwrites
}
