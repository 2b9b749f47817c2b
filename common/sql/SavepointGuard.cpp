#include "sql/SavepointGuard.h"

#include "sql/SqlRunner.h"

#include <QDebug>

namespace gridsafe {

namespace {

// Savepoints do not nest here, so one name serves.
const QString kName = QStringLiteral("command");

} // namespace

SavepointGuard::SavepointGuard(QSqlDatabase db) : m_db(std::move(db))
{}

SavepointGuard::~SavepointGuard()
{
    if (!m_open)
        return;
    // ROLLBACK TO undoes the work but leaves the savepoint open; RELEASE closes it.
    if (!execSql(m_db, QStringLiteral("ROLLBACK TO ") + kName)
        || !execSql(m_db, QStringLiteral("RELEASE ") + kName))
        qWarning() << "savepoint rollback failed";
}

Status SavepointGuard::begin()
{
    Status status = execSql(m_db, QStringLiteral("SAVEPOINT ") + kName);
    if (status)
        m_open = true;
    return status;
}

Status SavepointGuard::release()
{
    Status status = execSql(m_db, QStringLiteral("RELEASE ") + kName);
    if (status)
        m_open = false;
    return status;
}

} // namespace gridsafe
