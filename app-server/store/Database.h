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
    static QString sqliteVersion(const QSqlDatabase &db);

    // Online backup to a new file (VACUUM INTO): consistent while the server runs.
    Status backupTo(const QString &targetPath) const;

private:
    Database(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
};

} // namespace gridsafe
