#include "sql/PreparedStatement.h"

#include <QSqlError>

namespace gridsafe {

Result<QSqlQuery *> PreparedStatement::run(const QVariantMap &binds)
{
    if (!m_query) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(m_sql))
            return makeError(ErrorCode::Internal,
                             QStringLiteral("SQL prepare failed: %1").arg(query.lastError().text()));
        m_query = std::move(query);
    } else {
        m_query->finish(); // release the previous run's result before binding anew
    }
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        m_query->bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!m_query->exec())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("SQL failed: %1").arg(m_query->lastError().text()));
    return &*m_query;
}

Status PreparedStatement::exec(const QVariantMap &binds)
{
    auto query = run(binds);
    if (!query)
        return query.error();
    query.value()->finish();
    return success();
}

} // namespace gridsafe
