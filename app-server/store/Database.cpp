#include "store/Database.h"

#include "sql/SqlRunner.h"
#include "store/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace gridsafe {

namespace {

QAtomicInt g_connectionCounter;

} // namespace

Database::Database(QString connectionName, QString path) :
    m_connectionName(std::move(connectionName)),
    m_path(std::move(path))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The database holds password hashes and the audit log: owner-only. SQLite gives the -wal
// and -shm files the main file's mode, so creating that one owner-only covers all three;
// files of an older install are tightened too.
bool makeOwnerOnly(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return false;
        file.close();
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::setPermissions(path + suffix, kOwnerOnly))
            return false;
    }
    return true;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    if (!makeOwnerOnly(path))
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("Database", "Cannot make database %1 readable by its owner only.")
                .arg(path));
    const QString name = QStringLiteral("gridsafe-server-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(name, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return makeError(ErrorCode::Internal,
                             QCoreApplication::translate("Database", "Cannot open database %1: %2")
                                 .arg(path, db.lastError().text()));
        const QStringList pragmas = {
            QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA busy_timeout = 5000"),
            QStringLiteral("PRAGMA synchronous = FULL"),
        };
        for (const QString &pragma : pragmas) {
            if (Status done = execSql(db, pragma); !done)
                return done.error();
        }
        if (Status migrated = migrateDatabase(db); !migrated)
            return migrated.error();
    }
    return database;
}

int Database::schemaVersion() const
{
    auto version = scalarSql(sql(), QStringLiteral("PRAGMA user_version"));
    return version ? version.value().toInt() : -1;
}

QString Database::sqliteVersion(const QSqlDatabase &db)
{
    auto version = scalarSql(db, QStringLiteral("SELECT sqlite_version()"));
    return version ? version.value().toString() : QString();
}

QString Database::databaseId() const
{
    auto id = scalarSql(sql(), QStringLiteral("SELECT value FROM server_meta WHERE key = 'database_id'"));
    return id ? id.value().toString() : QString();
}

Status Database::restoreFrom(const QString &backupPath, const QString &targetPath)
{
    if (!QFileInfo(backupPath).isFile())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("Database", "Backup file %1 does not exist.").arg(backupPath));
    const QString staging = targetPath + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(backupPath, staging))
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("Database", "Cannot copy %1 to %2.").arg(backupPath, staging));
    {
        // Opening checks that it is a GridSafe database this program can use.
        auto restored = open(staging);
        if (!restored) {
            QFile::remove(staging);
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("Database", "%1 is not a usable GridSafe backup: %2")
                                 .arg(backupPath, restored.error().message));
        }
        if (Status renewed =
                execSql(restored.value()->sql(),
                        QStringLiteral("UPDATE server_meta SET value = lower(hex(randomblob(16))) "
                                       "WHERE key = 'database_id'"));
            !renewed)
            return renewed;
        if (Status checkpoint =
                execSql(restored.value()->sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            !checkpoint)
            return checkpoint;
    }
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    QFile::remove(targetPath + QStringLiteral("-wal"));
    QFile::remove(targetPath + QStringLiteral("-shm"));
    QFile::remove(targetPath);
    if (!QFile::rename(staging, targetPath))
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("Database", "Cannot move the restored database into place at %1.")
                .arg(targetPath));
    return success();
}

Status Database::backupTo(const QString &targetPath) const
{
    if (QFileInfo::exists(targetPath))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("Database", "Backup target %1 already exists.").arg(targetPath));
    // Created owner-only first: VACUUM INTO writes into an existing empty file.
    if (!makeOwnerOnly(targetPath))
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("Database", "Cannot create the backup file %1.").arg(targetPath));
    Status written =
        execSql(sql(), QStringLiteral("VACUUM INTO :target"), {{QStringLiteral("target"), targetPath}});
    if (!written)
        QFile::remove(targetPath);
    return written;
}

} // namespace gridsafe
