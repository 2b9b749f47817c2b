#include "core/Outbox.h"

#include "protocol/Message.h"
#include "protocol/MessageType.h"
#include "protocol/ProtocolConstants.h"
#include "sql/SqlRunner.h"

#include <QCborValue>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

#include <limits>

namespace gridsafe {

namespace {

const QString kSelect = QStringLiteral("SELECT seq, command_id, name, args, summary, state, error_code, "
                                       "error_message, created_at FROM outbox");

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

Result<QString> Outbox::enqueue(const QString &name, const QCborMap &args, const QString &summary)
{
    const QString commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // One that could never be sent would block every later change behind it: refuse it now.
    if (const qint64 bytes = frameBytes(commandId, name, args); bytes > qint64(kMaxFrameBytes))
        return tooLarge(bytes, kMaxFrameBytes);
    Status stored =
        execSql(m_db,
                QStringLiteral("INSERT INTO outbox (command_id, name, args, summary, state, "
                               "created_at) VALUES (:id, :name, :args, :summary, 'pending', :at)"),
                {{QStringLiteral("id"), commandId},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("args"), args.toCborValue().toCbor()},
                 {QStringLiteral("summary"), summary},
                 {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    if (!stored)
        return stored.error();
    Q_EMIT changed();
    return commandId;
}

std::optional<OutboxEntry> Outbox::nextPending() const
{
    auto query = runSql(m_db, kSelect + QStringLiteral(" WHERE state = 'pending' ORDER BY seq LIMIT 1"));
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

} // namespace gridsafe
