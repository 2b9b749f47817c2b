#pragma once

#include "accounts/User.h"
#include "domain/UserAccount.h"
#include "util/Result.h"

#include <QSqlDatabase>

namespace gridsafe {

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<User>> findByName(const QString &username) const;
    Result<std::optional<User>> findById(qint64 id) const;
    Result<qint64> insert(const User &user, const QString &at);
    Status setPasswordHash(qint64 id, const QString &hash, const QString &at);
    Status setDisabled(qint64 id, bool disabled);
    Status setLastLogin(qint64 id, const QString &at);
    // The account as replicated to administrators (no password hash).
    Result<std::optional<UserAccount>> account(qint64 id) const;
    // Accounts the change feed has never carried (older databases, console and demo users).
    Result<QList<qint64>> idsMissingFromFeed() const;
    Result<qint64> count() const;

private:
    Result<std::optional<User>> findWhere(const QString &condition, const QVariantMap &binds) const;

    QSqlDatabase m_db;
};

} // namespace gridsafe
