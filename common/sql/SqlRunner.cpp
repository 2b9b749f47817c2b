#include "sql/SqlRunner.h"

#include <QSqlError>

namespace gridsafe {

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("SQL prepare failed: %1").arg(query.lastError().text()));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!query.exec())
        return makeError(ErrorCode::Internal, QStringLiteral("SQL failed: %1").arg(query.lastError().text()));
    return query;
}

Status execSql(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    auto query = runSql(db, sql, binds);
    if (!query)
        return query.error();
    return success();
}

Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds)
{
    auto query = runSql(db, sql, binds);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

} // namespace gridsafe
