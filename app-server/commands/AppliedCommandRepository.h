#pragma once
// Remembers every applied command id with its result, so a retried command (same id) is
// answered with the original result instead of being applied again.

#include "util/Result.h"

#include <QCborMap>
#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

struct AppliedCommand
{
    qint64 userId = 0;
    QString name;
    QCborMap result;
};

class AppliedCommandRepository
{
public:
    explicit AppliedCommandRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<AppliedCommand>> find(const QString &commandId) const;
    Status store(const QString &commandId, const AppliedCommand &command, const QString &at);

private:
    QSqlDatabase m_db;
};

} // namespace gridsafe
