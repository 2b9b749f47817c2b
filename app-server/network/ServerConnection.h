#pragma once
// One client connection: frames in, state machine hello → login → ready, one request at a
// time in arrival order, replies and notes out. Bad input gets a typed error; input that
// leaves the stream untrustworthy also closes the connection.
//
// Frames are taken off the stream one at a time, each checked against the cap of the state
// the connection is in when its turn comes (so a pipelined command after a login gets the
// logged-in cap). Nothing more is read while a login is being checked or while more
// replies wait unsent than the backlog allows: the socket's bounded read buffer then fills
// and TCP tells the client to wait. What one connection holds is therefore bounded by the
// frame cap, the read buffer and the reply backlog (docs/PROTOCOL.md, "Limits").

#include "accounts/PreparedPasswords.h"
#include "commands/CommandExecutor.h"
#include "domain/Actor.h"
#include "network/ServerLimits.h"
#include "protocol/FrameReader.h"
#include "protocol/Message.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace gridsafe {

class CommandWriter;
class ServerCore;

class ServerConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { AwaitHello, AwaitLogin, Ready, Closing };

    ServerConnection(QSslSocket *socket, ServerCore &core, CommandWriter &writer, const ServerLimits &limits,
                     QObject *parent = nullptr);
    ~ServerConnection() override;

    State state() const { return m_state; }
    const std::optional<Actor> &actor() const { return m_actor; }
    const QHostAddress &address() const { return m_address; }
    // Input read and not yet handled plus replies not yet sent.
    qint64 bufferedBytes() const;
    // Sends "changed up to head" if this connection may see any of the touched scopes.
    void notifyChanged(const QSet<qint64> &scopes, qint64 head);
    void endSession(const QString &reason);

Q_SIGNALS:
    void commandApplied(const QSet<qint64> &scopes, qint64 head, const QList<qint64> &usersToDisconnect);
    void closed();

private:
    void pump();
    bool backlogged() const;
    void onDrained();
    void handleFrame(const QByteArray &payload);
    void handle(const Message &message);
    void handleHello(const Message &message);
    void handleLogin(const Message &message);
    void startPasswordCheck(const Message &message, const QString &username, const QString &password);
    // True when the login succeeded.
    bool finishLogin(quint64 id, const QString &username, qint64 userId, const QString &checkedHash,
                     bool verified);
    void handleResume(const Message &message);
    void handleLogout(const Message &message);
    void handlePull(const Message &message);
    void handleCommand(const Message &message);
    void submitCommand(quint64 id, const QString &commandId, const QString &name, const QCborMap &args,
                       std::optional<PreparedPasswords> prepared);
    void finishCommand(quint64 id, const Result<CommandExecutor::Outcome> &outcome);
    void handleRequest(const Message &message);
    bool sessionStillLive(quint64 id);
    void becomeReady(quint64 id, qint64 userId, const QString &token, bool newSession);
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
    CommandWriter &m_writer;
    const ServerLimits m_limits;
    const QHostAddress m_address;
    FrameReader m_reader;
    // A login is being checked, or a command is with the writer: later frames wait their
    // turn, so replies keep the order of requests and one connection queues one command.
    bool m_busy = false;
    std::optional<qint64> m_unsentHead; // a "changed" note held back while backlogged
    State m_state = State::AwaitHello;
    std::optional<Actor> m_actor;
    QString m_token;
    QTimer m_loginDeadline;
    QTimer m_partialFrameDeadline;
    QElapsedTimer m_lastTouch;             // since this connection last stamped its session
    std::optional<QString> m_checkingName; // throttle key of the password check running
};

} // namespace gridsafe
