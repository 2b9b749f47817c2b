#pragma once
// RAII savepoint inside an open transaction: one command of a batch is undone on its own
// (ROLLBACK TO) unless release() was called, and the batch's other commands stay.

#include "util/Result.h"

#include <QSqlDatabase>

namespace gridsafe {

class SavepointGuard
{
public:
    explicit SavepointGuard(QSqlDatabase db);
    ~SavepointGuard();
    SavepointGuard(const SavepointGuard &) = delete;
    SavepointGuard &operator=(const SavepointGuard &) = delete;

    Status begin();
    // Keeps the work since begin() as part of the enclosing transaction.
    Status release();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace gridsafe
