#include "commands/CommandExecutor.h"

#include "audit/AuditLog.h"
#include "commands/AppliedCommandRepository.h"
#include "domain/CommandPermissions.h"
#include "sql/SavepointGuard.h"
#include "sql/TransactionGuard.h"
#include "store/Database.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace gridsafe {

namespace {

// The arguments the handler read go into the audit log, minus secrets; whatever else a
// client sent along was not applied and is not kept.
QJsonObject auditedArguments(const QCborMap &args, const QSet<QString> &read)
{
    QCborMap used;
    for (const QString &key : read) {
        if (args.contains(key))
            used.insert(key, args.value(key));
    }
    return AuditLog::redacted(used.toJsonObject());
}

} // namespace

CommandExecutor::CommandExecutor(Database &database, const Clock &clock, ChangeFeed &changes, AuditLog &audit,
                                 const PasswordHasher &hasher, SessionRepository &sessions,
                                 const CommandRegistry &registry) :
    m_database(database),
    m_clock(clock),
    m_changes(changes),
    m_audit(audit),
    m_hasher(hasher),
    m_sessions(sessions),
    m_registry(registry)
{}

bool CommandExecutor::isValidCommandId(const QString &commandId)
{
    // A UUID in its 36-character text form; clients make them, so their shape is checked.
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    // The nil UUID is what a client that forgot to make an id would send: never a real id.
    static const QString nil = QStringLiteral("00000000-0000-0000-0000-000000000000");
    return pattern.match(commandId).hasMatch() && commandId != nil;
}

Status CommandExecutor::check(const Actor &actor, const QString &commandId, const QString &name) const
{
    if (!isValidCommandId(commandId))
        return makeError(ErrorCode::BadMessage,
                         QStringLiteral("field 'commandId' must be a UUID in text form, not the nil UUID"));
    if (!m_registry.find(name))
        return makeError(
            ErrorCode::UnknownCommand,
            QCoreApplication::translate("CommandExecutor", "Unknown command \"%1\".").arg(name.left(64)));
    if (!roleMayRun(actor.role, name))
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("CommandExecutor", "Your role (%1) may not do this.")
                             .arg(roleDisplayName(actor.role)));
    return success();
}

Result<CommandExecutor::Outcome> CommandExecutor::execute(const Actor &actor, const QString &commandId,
                                                          const QString &name, const QCborMap &args,
                                                          const QString &sessionToken)
{
    if (Status checked = check(actor, commandId, name); !checked)
        return checked.error();
    TransactionGuard transaction(m_database.sql());
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    auto outcome = applyInTransaction(actor, commandId, name, args, sessionToken);
    if (!outcome)
        return outcome;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<CommandExecutor::Outcome>
CommandExecutor::applyInTransaction(const Actor &actor, const QString &givenId, const QString &name,
                                    const QCborMap &args, const QString &sessionToken,
                                    const PreparedPasswords *prepared)
{
    if (Status checked = check(actor, givenId, name); !checked)
        return checked.error();
    // A UUID names the same command in either case.
    const QString commandId = givenId.toLower();
    const CommandHandler *handler = m_registry.find(name);

    // The lookup runs inside the write transaction: another writer applying the same id
    // (a second process, or an earlier command of this batch) has either written it by now
    // or not begun.
    SavepointGuard savepoint(m_database.sql());
    if (Status begun = savepoint.begin(); !begun)
        return begun.error();
    AppliedCommandRepository applied(m_database.sql());
    auto previous = applied.find(commandId);
    if (!previous)
        return previous.error();
    if (previous.value()) {
        const AppliedCommand &done = *previous.value();
        if (done.userId != actor.userId || done.name != name)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate(
                                 "CommandExecutor", "This command id was already used for another command."));
        Outcome outcome;
        outcome.result = done.result;
        outcome.replayed = true;
        auto head = m_changes.head();
        outcome.head = head ? head.value() : 0;
        if (Status released = savepoint.release(); !released)
            return released.error();
        return outcome;
    }

    m_changes.discardTouchedScopes();

    CommandContext context{.actor = actor,
                           .db = m_database.sql(),
                           .clock = m_clock,
                           .changes = m_changes,
                           .hasher = m_hasher,
                           .sessions = m_sessions,
                           .commandId = commandId,
                           .sessionToken = sessionToken,
                           .prepared = prepared,
                           .argumentsRead = {},
                           .auditEntity = {},
                           .auditEntityId = std::nullopt,
                           .auditDetail = {},
                           .usersToDisconnect = {}};
    auto result = (*handler)(context, args);
    if (!result) {
        m_changes.discardTouchedScopes();
        return result.error();
    }

    AuditEntry entry{actor.userId,
                     name,
                     commandId,
                     context.auditEntity,
                     context.auditEntityId,
                     auditedArguments(args, context.argumentsRead)};
    for (auto it = context.auditDetail.constBegin(); it != context.auditDetail.constEnd(); ++it)
        entry.detail.insert(it.key(), it.value());
    Status kept = m_audit.append(entry);
    if (kept)
        kept = applied.store(commandId, AppliedCommand{actor.userId, name, result.value()},
                             m_clock.now().toUTC().toString(Qt::ISODate));
    if (kept)
        kept = savepoint.release();
    if (!kept) {
        m_changes.discardTouchedScopes();
        return kept.error();
    }

    Outcome outcome;
    outcome.result = result.value();
    outcome.touchedScopes = m_changes.takeTouchedScopes();
    outcome.usersToDisconnect = context.usersToDisconnect;
    auto head = m_changes.head();
    outcome.head = head ? head.value() : 0;
    return outcome;
}

} // namespace gridsafe
