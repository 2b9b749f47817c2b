#pragma once
// The server's SQLite database: opened with WAL, foreign keys, a busy timeout and
// synchronous=FULL (an acknowledged command survives power loss), then migrated.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace gridsafe {

class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // Random id made with the database and renewed by a restore (see restoreFrom).
    QString databaseId() const;
    static QString sqliteVersion(const QSqlDatabase &db);

    // Online backup to a new file (VACUUM INTO): consistent while the server runs.
    Status backupTo(const QString &targetPath) const;
    // Replaces the database file at `targetPath` by a copy of the backup at `backupPath` and
    // gives it a new database id, so replicas made before know to start again. The server
    // must not be running (ServerLock).
    static Status restoreFrom(const QString &backupPath, const QString &targetPath);

private:
    Database(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
};

} // namespace gridsafe
