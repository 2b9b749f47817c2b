#pragma once
// 待发送 — commands waiting for the server, kept in the replica file so nothing is lost when
// the program or the link dies. Each has a client-made UUID; the server applies an id at
// most once, so resending after a lost reply is safe. A command the server refuses stays
// here as "rejected" until the user resolves it.
//
// A command may build on an earlier one still queued (an edit of a grid whose creation or
// previous edit has not reached the server): it waits for that one, and when the server
// applies it, every key of its result that the later command's arguments also hold (gridId,
// revision) is copied into them. So a user never conflicts with their own queue.

#include "util/Result.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

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
    QString buildsOn; // the queued command whose result this one waits for, or empty
};

class Outbox : public QObject
{
    Q_OBJECT

public:
    explicit Outbox(QSqlDatabase db, QObject *parent = nullptr);

    // Refuses (too_large) a command whose frame would exceed the protocol's cap. `buildsOn`
    // names a queued command whose result this one needs; when that one was applied a
    // moment ago (its reply came while the user was typing), its result is used at once.
    Result<QString> enqueue(const QString &name, const QCborMap &args, const QString &summary,
                            const QString &buildsOn = {});
    // The size of the frame that carries this command.
    static qint64 frameBytes(const QString &commandId, const QString &name, const QCborMap &args);
    static Error tooLarge(qint64 bytes, qint64 limit);
    // The oldest pending command that waits for no other.
    std::optional<OutboxEntry> nextPending() const;
    QList<OutboxEntry> entries() const;
    std::optional<OutboxEntry> entry(const QString &commandId) const;
    int pendingCount() const;
    int rejectedCount() const;

    Status remove(const QString &commandId);
    // The server applied it: it goes, and the commands built on it take its result, in one
    // transaction.
    Status markApplied(const QString &commandId, const QCborMap &result);
    // Removes a command and every command built on it, directly or not (they could never
    // be sent without it). Returns how many went.
    Result<int> removeWithDependents(const QString &commandId);
    // The commands built on this one, directly or not, oldest first.
    QList<OutboxEntry> dependents(const QString &commandId) const;
    Status markRejected(const QString &commandId, const Error &error);
    // A rejected command goes back to the queue unchanged (after the cause was fixed
    // elsewhere, or when the server's fault has passed).
    Status requeue(const QString &commandId);
    // A rejected command corrected by the user: new arguments and a new id (the old id was
    // refused), the same place in the queue; commands built on it follow the new id.
    Result<QString> replaceRejected(const QString &commandId, const QCborMap &args, const QString &summary);

Q_SIGNALS:
    void changed();

private:
    int countIn(const QString &state) const;
    static QCborMap withResult(QCborMap args, const QCborMap &result);

    QSqlDatabase m_db;
    // Results of commands applied in this run, for a command built on one whose reply came
    // while its dialog was open. Bounded: only the newest are kept.
    QHash<QString, QCborMap> m_recentResults;
    QStringList m_recentOrder;
};

} // namespace gridsafe
