#pragma once
// RAII transaction: rolls back unless commit() was called, so an early return or an error
// never commits half a command.

#include "util/Result.h"

#include <QSqlDatabase>

namespace gridsafe {

class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // BEGIN IMMEDIATE: takes the write lock now rather than failing at the first write.
    Status begin();
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace gridsafe
