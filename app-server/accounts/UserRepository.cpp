#include "accounts/UserRepository.h"

#include "sql/SqlRunner.h"

#include <QSqlQuery>
#include <QVariant>

namespace gridsafe {

Result<std::optional<User>> UserRepository::findWhere(const QString &condition,
                                                      const QVariantMap &binds) const
{
    auto query = runSql(m_db,
                        QStringLiteral("SELECT id, username, display_name, role, town_id, "
                                       "password_hash, disabled FROM users WHERE %1")
                            .arg(condition),
                        binds);
    if (!query)
        return query.error();
    QSqlQuery &row = query.value();
    if (!row.next())
        return std::optional<User>();
    User user;
    user.id = row.value(0).toLongLong();
    user.username = row.value(1).toString();
    user.displayName = row.value(2).toString();
    user.role = roleFromName(row.value(3).toString()).value_or(Role::Inspector);
    if (!row.value(4).isNull())
        user.townId = row.value(4).toLongLong();
    user.passwordHash = row.value(5).toString();
    user.disabled = row.value(6).toBool();
    return std::optional<User>(user);
}

Result<std::optional<User>> UserRepository::findByName(const QString &username) const
{
    return findWhere(QStringLiteral("username = :name"), {{QStringLiteral("name"), username}});
}

Result<std::optional<User>> UserRepository::findById(qint64 id) const
{
    return findWhere(QStringLiteral("id = :id"), {{QStringLiteral("id"), id}});
}

Result<qint64> UserRepository::insert(const User &user, const QString &at)
{
    auto query = runSql(m_db,
                        QStringLiteral("INSERT INTO users (username, display_name, role, town_id, "
                                       "password_hash, disabled, created_at, password_changed_at) "
                                       "VALUES (:name, :display, :role, :town, :hash, 0, :at, :at)"),
                        {{QStringLiteral("name"), user.username},
                         {QStringLiteral("display"), user.displayName},
                         {QStringLiteral("role"), roleName(user.role)},
                         {QStringLiteral("town"),
                          user.townId ? QVariant(*user.townId) : QVariant(QMetaType(QMetaType::LongLong))},
                         {QStringLiteral("hash"), user.passwordHash},
                         {QStringLiteral("at"), at}});
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Status UserRepository::setPasswordHash(qint64 id, const QString &hash, const QString &at)
{
    return execSql(m_db,
                   QStringLiteral("UPDATE users SET password_hash = :hash, password_changed_at = :at "
                                  "WHERE id = :id"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("hash"), hash}, {QStringLiteral("at"), at}});
}

Status UserRepository::setDisabled(qint64 id, bool disabled)
{
    return execSql(m_db, QStringLiteral("UPDATE users SET disabled = :disabled WHERE id = :id"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("disabled"), disabled ? 1 : 0}});
}

Status UserRepository::setLastLogin(qint64 id, const QString &at)
{
    return execSql(m_db, QStringLiteral("UPDATE users SET last_login_at = :at WHERE id = :id"),
                   {{QStringLiteral("id"), id}, {QStringLiteral("at"), at}});
}

Result<std::optional<UserAccount>> UserRepository::account(qint64 id) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT id, username, display_name, role, town_id, disabled, created_at, "
                              "last_login_at FROM users WHERE id = :id"),
               {{QStringLiteral("id"), id}});
    if (!query)
        return query.error();
    QSqlQuery &row = query.value();
    if (!row.next())
        return std::optional<UserAccount>();
    UserAccount account;
    account.id = row.value(0).toLongLong();
    account.username = row.value(1).toString();
    account.displayName = row.value(2).toString();
    account.role = roleFromName(row.value(3).toString()).value_or(Role::Inspector);
    if (!row.value(4).isNull())
        account.townId = row.value(4).toLongLong();
    account.disabled = row.value(5).toBool();
    account.createdAt = row.value(6).toString();
    account.lastLoginAt = row.value(7).toString();
    return std::optional<UserAccount>(account);
}

Result<QList<qint64>> UserRepository::idsMissingFromFeed() const
{
    auto query =
        runSql(m_db, QStringLiteral("SELECT id FROM users WHERE id NOT IN (SELECT entity_id FROM changes "
                                    "WHERE entity = 'user') ORDER BY id"));
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value().next())
        ids.append(query.value().value(0).toLongLong());
    return ids;
}

Result<qint64> UserRepository::count() const
{
    auto value = scalarSql(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

} // namespace gridsafe
