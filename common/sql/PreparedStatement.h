#pragma once
// A statement prepared once and run many times on one connection, for the hot paths (the
// change feed and the audit log on every command), where preparing costs about as much as
// running. Named binds only, like runSql(). Not for statements that may run nested.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <optional>

namespace gridsafe {

class PreparedStatement
{
public:
    PreparedStatement(QSqlDatabase db, QString sql) : m_db(std::move(db)), m_sql(std::move(sql)) {}

    // Runs with these binds. The query it points to is valid until the next run().
    Result<QSqlQuery *> run(const QVariantMap &binds = {});
    Status exec(const QVariantMap &binds = {});

private:
    QSqlDatabase m_db;
    QString m_sql;
    std::optional<QSqlQuery> m_query;
};

} // namespace gridsafe
