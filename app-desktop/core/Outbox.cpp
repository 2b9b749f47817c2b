#include "core/Outbox.h"

#include "protocol/Message.h"
#include "protocol/MessageType.h"
#include "protocol/ProtocolConstants.h"
#include "sql/SqlRunner.h"
#include "sql/TransactionGuard.h"

#include <QCborValue>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace gridsafe {

namespace {

const QString kSelect = QStringLiteral("SELECT seq, command_id, name, args, summary, state, error_code, "
                                       "error_message, created_at, builds_on FROM outbox");
constexpr int kRecentResults = 64;

OutboxEntry readEntry(const QSqlQuery &row)
{
    OutboxEntry entry;
    entry.seq = row.value(0).toLongLong();
    entry.commandId = row.value(1).toString();
    entry.name = row.value(2).toString();
    entry.args = QCborValue::fromCbor(row.value(3).toByteArray()).toMap();
    entry.summary = row.value(4).toString();
    entry.state = row.value(5).toString() == QLatin1String("rejected") ? OutboxEntry::State::Rejected
                                                                       : OutboxEntry::State::Pending;
    entry.errorCode = row.value(6).toString();
    entry.errorMessage = row.value(7).toString();
    entry.createdAt = row.value(8).toString();
    entry.buildsOn = row.value(9).toString();
    return entry;
}

} // namespace

Outbox::Outbox(QSqlDatabase db, QObject *parent) : QObject(parent), m_db(std::move(db))
{}

qint64 Outbox::frameBytes(const QString &commandId, const QString &name, const QCborMap &args)
{
    QCborMap body;
    body.insert(QStringLiteral("commandId"), commandId);
    body.insert(QStringLiteral("name"), name);
    body.insert(QStringLiteral("args"), args);
    // The largest request id a session reaches costs 9 bytes; the frame as sent is no larger.
    return Message{kProtocolVersion, std::numeric_limits<quint64>::max() >> 1,
                   QString::fromLatin1(msg::kCommand), body}
        .toFrame()
        .size();
}

Error Outbox::tooLarge(qint64 bytes, qint64 limit)
{
    return makeError(ErrorCode::TooLarge,
                     tr("This change is too large to send: %1 KiB, the server takes at most %2 KiB at once.")
                         .arg((bytes + 1023) / 1024)
                         .arg(limit / 1024));
}

Result<QString> Outbox::enqueue(const QString &name, const QCborMap &args, const QString &summary,
                                const QString &buildsOn)
{
    QCborMap finalArgs = args;
    QVariant waitsFor(QMetaType(QMetaType::QString));
    if (!buildsOn.isEmpty()) {
        if (m_recentResults.contains(buildsOn))
            finalArgs = withResult(finalArgs, m_recentResults.value(buildsOn));
        else if (entry(buildsOn))
            waitsFor = buildsOn;
        else
            return makeError(ErrorCode::Invalid,
                             tr("The change this one builds on is no longer waiting (it was discarded). "
                                "Your values are still here: close the record, open it again and save."));
    }
    const QString commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // One that could never be sent would block every later change behind it: refuse it now.
    if (const qint64 bytes = frameBytes(commandId, name, finalArgs); bytes > qint64(kMaxFrameBytes))
        return tooLarge(bytes, kMaxFrameBytes);
    Status stored =
        execSql(m_db,
                QStringLiteral("INSERT INTO outbox (command_id, name, args, summary, state, created_at, "
                               "builds_on) VALUES (:id, :name, :args, :summary, 'pending', :at, :base)"),
                {{QStringLiteral("id"), commandId},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("args"), finalArgs.toCborValue().toCbor()},
                 {QStringLiteral("summary"), summary},
                 {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                 {QStringLiteral("base"), waitsFor}});
    if (!stored)
        return stored.error();
    Q_EMIT changed();
    return commandId;
}

QCborMap Outbox::withResult(QCborMap args, const QCborMap &result)
{
    for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
        if (args.contains(it.key()))
            args.insert(it.key(), it.value());
    }
    return args;
}

std::optional<OutboxEntry> Outbox::nextPending() const
{
    auto query = runSql(
        m_db,
        kSelect + QStringLiteral(" WHERE state = 'pending' AND builds_on IS NULL ORDER BY seq LIMIT 1"));
    if (!query || !query.value().next())
        return std::nullopt;
    return readEntry(query.value());
}

QList<OutboxEntry> Outbox::entries() const
{
    QList<OutboxEntry> result;
    auto query = runSql(m_db, kSelect + QStringLiteral(" ORDER BY seq"));
    if (!query)
        return result;
    while (query.value().next())
        result.append(readEntry(query.value()));
    return result;
}

std::optional<OutboxEntry> Outbox::entry(const QString &commandId) const
{
    auto query = runSql(m_db, kSelect + QStringLiteral(" WHERE command_id = :id"),
                        {{QStringLiteral("id"), commandId}});
    if (!query || !query.value().next())
        return std::nullopt;
    return readEntry(query.value());
}

QList<OutboxEntry> Outbox::dependents(const QString &commandId) const
{
    QList<OutboxEntry> found;
    QStringList bases = {commandId};
    while (!bases.isEmpty()) {
        const QString base = bases.takeFirst();
        auto query = runSql(m_db, kSelect + QStringLiteral(" WHERE builds_on = :base ORDER BY seq"),
                            {{QStringLiteral("base"), base}});
        if (!query)
            break;
        while (query.value().next()) {
            found.append(readEntry(query.value()));
            bases.append(found.last().commandId);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const OutboxEntry &a, const OutboxEntry &b) { return a.seq < b.seq; });
    return found;
}

int Outbox::countIn(const QString &state) const
{
    auto count = scalarSql(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = :state"),
                           {{QStringLiteral("state"), state}});
    return count ? count.value().toInt() : 0;
}

int Outbox::pendingCount() const
{
    return countIn(QStringLiteral("pending"));
}

int Outbox::rejectedCount() const
{
    return countIn(QStringLiteral("rejected"));
}

Status Outbox::remove(const QString &commandId)
{
    Status status = execSql(m_db, QStringLiteral("DELETE FROM outbox WHERE command_id = :id"),
                            {{QStringLiteral("id"), commandId}});
    if (status)
        Q_EMIT changed();
    return status;
}

Status Outbox::markApplied(const QString &commandId, const QCborMap &result)
{
    TransactionGuard transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    auto waiting =
        runSql(m_db, kSelect + QStringLiteral(" WHERE builds_on = :id"), {{QStringLiteral("id"), commandId}});
    if (!waiting)
        return waiting.error();
    QList<OutboxEntry> built;
    while (waiting.value().next())
        built.append(readEntry(waiting.value()));
    for (const OutboxEntry &next : built) {
        if (Status advanced = execSql(
                m_db,
                QStringLiteral("UPDATE outbox SET args = :args, builds_on = NULL WHERE command_id = :id"),
                {{QStringLiteral("id"), next.commandId},
                 {QStringLiteral("args"), withResult(next.args, result).toCborValue().toCbor()}});
            !advanced)
            return advanced;
    }
    if (Status removed = execSql(m_db, QStringLiteral("DELETE FROM outbox WHERE command_id = :id"),
                                 {{QStringLiteral("id"), commandId}});
        !removed)
        return removed;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    m_recentResults.insert(commandId, result);
    m_recentOrder.append(commandId);
    while (m_recentOrder.size() > kRecentResults)
        m_recentResults.remove(m_recentOrder.takeFirst());
    Q_EMIT changed();
    return success();
}

Result<int> Outbox::removeWithDependents(const QString &commandId)
{
    const QList<OutboxEntry> following = dependents(commandId);
    TransactionGuard transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    QStringList ids = {commandId};
    for (const OutboxEntry &next : following)
        ids.append(next.commandId);
    for (const QString &id : std::as_const(ids)) {
        if (Status removed = execSql(m_db, QStringLiteral("DELETE FROM outbox WHERE command_id = :id"),
                                     {{QStringLiteral("id"), id}});
            !removed)
            return removed.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT changed();
    return int(ids.size());
}

Status Outbox::markRejected(const QString &commandId, const Error &error)
{
    Status status = execSql(m_db,
                            QStringLiteral("UPDATE outbox SET state = 'rejected', error_code = :code, "
                                           "error_message = :message WHERE command_id = :id"),
                            {{QStringLiteral("id"), commandId},
                             {QStringLiteral("code"), errorCodeName(error.code)},
                             {QStringLiteral("message"), error.message}});
    if (status)
        Q_EMIT changed();
    return status;
}

Status Outbox::requeue(const QString &commandId)
{
    Status status =
        execSql(m_db,
                QStringLiteral("UPDATE outbox SET state = 'pending', error_code = NULL, "
                               "error_message = NULL WHERE command_id = :id AND state = 'rejected'"),
                {{QStringLiteral("id"), commandId}});
    if (status)
        Q_EMIT changed();
    return status;
}

Result<QString> Outbox::replaceRejected(const QString &commandId, const QCborMap &args,
                                        const QString &summary)
{
    const std::optional<OutboxEntry> old = entry(commandId);
    if (!old || old->state != OutboxEntry::State::Rejected)
        return makeError(ErrorCode::Invalid, tr("This change is no longer among the refused ones."));
    const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (const qint64 bytes = frameBytes(newId, old->name, args); bytes > qint64(kMaxFrameBytes))
        return tooLarge(bytes, kMaxFrameBytes);
    TransactionGuard transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    if (Status replaced =
            execSql(m_db,
                    QStringLiteral("UPDATE outbox SET command_id = :new, args = :args, summary = "
                                   ":summary, state = 'pending', error_code = NULL, "
                                   "error_message = NULL WHERE command_id = :old"),
                    {{QStringLiteral("new"), newId},
                     {QStringLiteral("old"), commandId},
                     {QStringLiteral("args"), args.toCborValue().toCbor()},
                     {QStringLiteral("summary"), summary}});
        !replaced)
        return replaced.error();
    if (Status followed =
            execSql(m_db, QStringLiteral("UPDATE outbox SET builds_on = :new WHERE builds_on = :old"),
                    {{QStringLiteral("new"), newId}, {QStringLiteral("old"), commandId}});
        !followed)
        return followed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    Q_EMIT changed();
    return newId;
}

} // namespace gridsafe
