#include "sql/TransactionGuard.h"

#include "sql/SqlRunner.h"

#include <QDebug>

namespace gridsafe {

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{}

TransactionGuard::~TransactionGuard()
{
    if (m_open) {
        if (!execSql(m_db, QStringLiteral("ROLLBACK")))
            qWarning() << "rollback failed";
    }
}

Status TransactionGuard::begin()
{
    Status status = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    if (status)
        m_open = true;
    return status;
}

Status TransactionGuard::commit()
{
    Status status = execSql(m_db, QStringLiteral("COMMIT"));
    if (status)
        m_open = false;
    return status;
}

} // namespace gridsafe
