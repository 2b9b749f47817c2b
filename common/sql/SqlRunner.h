#pragma once
// Runs one prepared statement with named binds. The only way our code talks SQL:
// statements are constants, values always bound, never spliced into the text.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

namespace gridsafe {

// Text for a NOT NULL column: an empty QString is bound as '' (Qt binds a null QString as NULL).
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {});

// Runs a statement that must succeed and returns only the status.
Status execSql(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {});

// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql, const QVariantMap &binds = {});

} // namespace gridsafe
