#pragma once
// One client connection: frames in, state machine hello → login → ready, one request at a
// time in arrival order, replies and notes out. Bad input gets a typed error; input that
// leaves the stream untrustworthy also closes the connection.

#include "domain/Actor.h"
#include "protocol/FrameReader.h"
#include "protocol/Message.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace gridsafe {

class ServerCore;

class ServerConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { AwaitHello, AwaitLogin, Ready, Closing };

    ServerConnection(QSslSocket *socket, ServerCore &core, QObject *parent = nullptr);
    ~ServerConnection() override;

    State state() const { return m_state; }
    const std::optional<Actor> &actor() const { return m_actor; }
    // Sends "changed up to head" if this connection may see any of the touched scopes.
    void notifyChanged(const QSet<qint64> &scopes, qint64 head);
    void endSession(const QString &reason);

Q_SIGNALS:
    void commandApplied(const QSet<qint64> &scopes, qint64 head, const QList<qint64> &usersToDisconnect);
    void closed();

private:
    void onReadyRead();
    void processQueue();
    void handle(const Message &message);
    void handleHello(const Message &message);
    void handleLogin(const Message &message);
    void finishLogin(quint64 id, const QString &username, qint64 userId, bool verified);
    void handleResume(const Message &message);
    void handleLogout(const Message &message);
    void handlePull(const Message &message);
    void handleCommand(const Message &message);
    bool sessionStillLive(quint64 id);
    void becomeReady(quint64 id, qint64 userId, const QString &token);
    void dropSession();
    // A new login on a logged-in connection ends the session it replaces.
    void endCurrentSession();

    void send(const Message &message);
    void sendError(std::optional<quint64> id, const Error &error, QCborMap details = {});
    void fail(const Error &error); // error frame, then close
    void close();
    QString peerAddress() const;

    QPointer<QSslSocket> m_socket;
    ServerCore &m_core;
    FrameReader m_reader;
    QQueue<Message> m_queue;
    bool m_busy = false;
    State m_state = State::AwaitHello;
    std::optional<Actor> m_actor;
    QString m_token;
    QTimer m_loginDeadline;
};

} // namespace gridsafe
