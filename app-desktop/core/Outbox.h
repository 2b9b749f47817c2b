#pragma once
// 待发送 — commands waiting for the server, kept in the replica file so nothing is lost when
// the program or the link dies. Each has a client-made UUID; the server applies an id at
// most once, so resending after a lost reply is safe. A command the server refuses stays
// here as "rejected" until the user resolves it.

#include "util/Result.h"

#include <QCborMap>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

struct OutboxEntry
{
    enum class State { Pending, Rejected };

    qint64 seq = 0;
    QString commandId;
    QString name;
    QCborMap args;
    QString summary; // what the user did, in words, for the pending list
    State state = State::Pending;
    QString errorCode;
    QString errorMessage;
    QString createdAt;
};

class Outbox : public QObject
{
    Q_OBJECT

public:
    explicit Outbox(QSqlDatabase db, QObject *parent = nullptr);

    // Refuses (too_large) a command whose frame would exceed the protocol's cap.
    Result<QString> enqueue(const QString &name, const QCborMap &args, const QString &summary);
    // The size of the frame that carries this command.
    static qint64 frameBytes(const QString &commandId, const QString &name, const QCborMap &args);
    static Error tooLarge(qint64 bytes, qint64 limit);
    std::optional<OutboxEntry> nextPending() const;
    QList<OutboxEntry> entries() const;
    int pendingCount() const;
    int rejectedCount() const;

    Status remove(const QString &commandId);
    Status markRejected(const QString &commandId, const Error &error);
    // A rejected command goes back to the queue unchanged (after the cause was fixed
    // elsewhere, or when the server's fault has passed).
    Status requeue(const QString &commandId);

Q_SIGNALS:
    void changed();

private:
    int countIn(const QString &state) const;

    QSqlDatabase m_db;
};

} // namespace gridsafe
