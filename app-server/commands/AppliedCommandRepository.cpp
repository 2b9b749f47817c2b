#include "commands/AppliedCommandRepository.h"

#include "sql/SqlRunner.h"

#include <QCborValue>
#include <QSqlQuery>
#include <QVariant>

namespace gridsafe {

Result<std::optional<AppliedCommand>> AppliedCommandRepository::find(const QString &commandId) const
{
    auto query = runSql(m_db,
                        QStringLiteral("SELECT user_id, name, result FROM applied_commands "
                                       "WHERE command_id = :id"),
                        {{QStringLiteral("id"), commandId}});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<AppliedCommand>();
    AppliedCommand applied;
    applied.userId = query.value().value(0).toLongLong();
    applied.name = query.value().value(1).toString();
    applied.result = QCborValue::fromCbor(query.value().value(2).toByteArray()).toMap();
    return std::optional<AppliedCommand>(applied);
}

Status AppliedCommandRepository::store(const QString &commandId, const AppliedCommand &command,
                                       const QString &at)
{
    return execSql(m_db,
                   QStringLiteral("INSERT INTO applied_commands (command_id, user_id, name, result, "
                                  "applied_at) VALUES (:id, :user, :name, :result, :at)"),
                   {{QStringLiteral("id"), commandId},
                    {QStringLiteral("user"), command.userId},
                    {QStringLiteral("name"), command.name},
                    {QStringLiteral("result"), command.result.toCborValue().toCbor()},
                    {QStringLiteral("at"), at}});
}

} // namespace gridsafe
