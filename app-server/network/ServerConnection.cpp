#include "network/ServerConnection.h"

#include "ServerCore.h"
#include "accounts/LoginThrottle.h"
#include "accounts/PasswordHasher.h"
#include "accounts/PreparedPasswords.h"
#include "accounts/SessionRepository.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"
#include "commands/CommandExecutor.h"
#include "commands/CommandWriter.h"
#include "commands/RequestRegistry.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "protocol/FieldReader.h"
#include "protocol/MessageType.h"
#include "protocol/ProtocolConstants.h"
#include "store/Database.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QSslSocket>
#include <QtConcurrent>

namespace gridsafe {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;
constexpr int kDefaultPullLimit = 500;
constexpr int kMaxPullLimit = 2000;
constexpr qint64 kTouchIntervalMs = 60 * 1000;
// Longest piece of a client's own text quoted back in an error.
constexpr int kMaxQuotedChars = 64;

QString serverVersion()
{
    return QStringLiteral("gridsafe-server %1").arg(QStringLiteral(GRIDSAFE_VERSION));
}

QString clippedForError(const QString &text)
{
    return text.size() <= kMaxQuotedChars ? text : text.left(kMaxQuotedChars) + QStringLiteral("…");
}

} // namespace

ServerConnection::ServerConnection(QSslSocket *socket, ServerCore &core, CommandWriter &writer,
                                   const ServerLimits &limits, QObject *parent) :
    QObject(parent),
    m_socket(socket),
    m_core(core),
    m_writer(writer),
    m_limits(limits),
    m_address(socket->peerAddress()),
    m_reader(kMaxUnauthenticatedFrameBytes)
{
    socket->setParent(this);
    socket->setReadBufferSize(m_limits.socketReadBufferBytes);
    // Replies and notes are small and latency matters (a reviewer should see a change
    // within a second): no Nagle delay.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QSslSocket::readyRead, this, &ServerConnection::pump);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &ServerConnection::onDrained);
    connect(socket, &QSslSocket::disconnected, this, [this] {
        m_state = State::Closing;
        Q_EMIT closed();
    });
    // A stranger who never logs in does not keep a connection for ever.
    m_loginDeadline.setSingleShot(true);
    m_loginDeadline.setInterval(m_limits.loginDeadline);
    connect(&m_loginDeadline, &QTimer::timeout, this, [this] {
        if (m_state != State::Ready)
            fail(makeError(ErrorCode::AuthRequired, tr("No login within the time limit.")));
    });
    m_loginDeadline.start();
    // Nor does anyone keep half a frame here while sending nothing more.
    m_partialFrameDeadline.setSingleShot(true);
    m_partialFrameDeadline.setInterval(m_limits.partialFrameTimeout);
    connect(&m_partialFrameDeadline, &QTimer::timeout, this, [this] {
        fail(makeError(ErrorCode::BadFrame, tr("No data for %1 seconds in the middle of a frame.")
                                                .arg(m_limits.partialFrameTimeout.count() / 1000)));
    });
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ServerConnection::pump, Qt::QueuedConnection);
}

ServerConnection::~ServerConnection()
{
    // A check still running when the client vanished counts as a failed attempt.
    if (m_checkingName)
        m_core.throttle().finish(*m_checkingName, peerAddress(), false);
}

QString ServerConnection::peerAddress() const
{
    return m_address.toString();
}

qint64 ServerConnection::bufferedBytes() const
{
    qint64 bytes = m_reader.bufferedBytes();
    if (m_socket)
        bytes += m_socket->bytesAvailable() + m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
    return bytes;
}

bool ServerConnection::backlogged() const
{
    if (!m_socket)
        return false;
    const qint64 limit =
        m_state == State::Ready ? m_limits.replyBacklogBytes : m_limits.replyBacklogBytesBeforeLogin;
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() > limit;
}

void ServerConnection::onDrained()
{
    if (backlogged() || m_state == State::Closing)
        return;
    if (m_unsentHead && m_state == State::Ready) {
        QCborMap body;
        body.insert(QStringLiteral("head"), *std::exchange(m_unsentHead, std::nullopt));
        send(Message::note(QString::fromLatin1(msg::kChangedNote), body));
    }
    pump();
}

void ServerConnection::pump()
{
    while (m_socket && m_state != State::Closing) {
        if (m_busy || backlogged()) {
            // We are the ones not reading: the client is not idle.
            m_partialFrameDeadline.stop();
            return;
        }
        QByteArray payload;
        const FrameReader::Status status = m_reader.next(&payload);
        if (status == FrameReader::Status::TooLarge) {
            fail(makeError(ErrorCode::FrameTooLarge, tr("Frame of %1 bytes exceeds the limit of %2 bytes.")
                                                         .arg(m_reader.rejectedLength())
                                                         .arg(m_reader.maxFrameBytes())));
            return;
        }
        if (status == FrameReader::Status::NeedMore) {
            const QByteArray bytes = m_socket->read(kReadChunk);
            if (bytes.isEmpty()) {
                if (m_reader.bufferedBytes() == 0)
                    m_partialFrameDeadline.stop();
                else if (!m_partialFrameDeadline.isActive())
                    m_partialFrameDeadline.start();
                return;
            }
            m_reader.append(bytes);
            m_partialFrameDeadline.start(); // progress: the clock starts again
            continue;
        }
        handleFrame(payload);
    }
}

void ServerConnection::handleFrame(const QByteArray &payload)
{
    auto message = Message::fromCbor(payload);
    if (!message) {
        if (message.error().code == ErrorCode::BadCbor)
            fail(message.error());
        else
            sendError(std::nullopt, message.error());
        return;
    }
    if (message->version != kProtocolVersion) {
        fail(makeError(ErrorCode::ProtocolMismatch,
                       tr("Message version %1 is not supported; this server speaks version %2.")
                           .arg(message->version)
                           .arg(kProtocolVersion)));
        return;
    }
    handle(message.value());
}

void ServerConnection::handle(const Message &message)
{
    const QString &type = message.type;
    const bool isRequest = type == QLatin1String(msg::kHello) || type == QLatin1String(msg::kLogin)
                           || type == QLatin1String(msg::kResume) || type == QLatin1String(msg::kLogout)
                           || type == QLatin1String(msg::kPing) || type == QLatin1String(msg::kPull)
                           || type == QLatin1String(msg::kCommand) || m_core.requests().find(type);
    if (!isRequest) {
        sendError(message.id, makeError(ErrorCode::UnknownType,
                                        tr("Unknown message type \"%1\".").arg(clippedForError(type))));
        return;
    }
    if (!message.id) {
        sendError(std::nullopt, makeError(ErrorCode::BadMessage, tr("A request needs an 'id'.")));
        return;
    }
    if (type == QLatin1String(msg::kHello)) {
        handleHello(message);
        return;
    }
    if (m_state == State::AwaitHello) {
        sendError(message.id, makeError(ErrorCode::HelloRequired, tr("Send hello first.")));
        return;
    }
    if (type == QLatin1String(msg::kPing)) {
        QCborMap body;
        body.insert(QStringLiteral("serverTime"), m_core.clock().now().toUTC().toString(Qt::ISODateWithMs));
        send(Message::reply(*message.id, body));
        return;
    }
    if (type == QLatin1String(msg::kLogin)) {
        handleLogin(message);
        return;
    }
    if (type == QLatin1String(msg::kResume)) {
        handleResume(message);
        return;
    }
    if (m_state != State::Ready) {
        sendError(message.id, makeError(ErrorCode::AuthRequired, tr("Log in first.")));
        return;
    }
    if (!sessionStillLive(*message.id))
        return;
    if (type == QLatin1String(msg::kLogout))
        handleLogout(message);
    else if (type == QLatin1String(msg::kPull))
        handlePull(message);
    else if (type == QLatin1String(msg::kCommand))
        handleCommand(message);
    else
        handleRequest(message);
}

void ServerConnection::handleRequest(const Message &message)
{
    const RequestHandler *handler = m_core.requests().find(message.type);
    auto result = (*handler)(*m_actor, message.body);
    if (!result) {
        sendError(message.id, result.error());
        return;
    }
    send(Message::reply(*message.id, result.value()));
}

void ServerConnection::handleHello(const Message &message)
{
    FieldReader fields(message.body);
    const qint64 protocol = fields.integer(QStringLiteral("protocol"));
    if (!fields.ok()) {
        sendError(message.id, fields.error());
        return;
    }
    if (protocol != kProtocolVersion) {
        Error error = makeError(ErrorCode::ProtocolMismatch,
                                tr("This server speaks protocol version %1, the client version %2. "
                                   "Install the matching GridSafe version.")
                                    .arg(kProtocolVersion)
                                    .arg(protocol));
        sendError(message.id, error);
        close();
        return;
    }
    QCborMap body;
    body.insert(QStringLiteral("protocol"), kProtocolVersion);
    body.insert(QStringLiteral("server"), serverVersion());
    body.insert(QStringLiteral("schema"), m_core.database().schemaVersion());
    body.insert(QStringLiteral("databaseId"), m_core.database().databaseId());
    body.insert(QStringLiteral("maxFrameBytes"), qint64(kMaxFrameBytes));
    if (m_state == State::AwaitHello)
        m_state = State::AwaitLogin;
    send(Message::reply(*message.id, body));
}

void ServerConnection::handleLogin(const Message &message)
{
    FieldReader fields(message.body);
    const QString usernameInput = fields.text(QStringLiteral("username"));
    const QString password = fields.text(QStringLiteral("password"));
    if (!fields.ok()) {
        sendError(message.id, fields.error());
        return;
    }
    endCurrentSession();
    // A name no account can have is throttled under one key of its own (the empty name),
    // so strangers cannot fill the throttle's tables with long made-up names.
    auto normalized = normalizeUsername(usernameInput);
    startPasswordCheck(message, normalized ? normalized.value() : QString(), password);
}

void ServerConnection::startPasswordCheck(const Message &message, const QString &username,
                                          const QString &password)
{
    const LoginThrottle::Decision decision = m_core.throttle().admit(username, peerAddress());
    if (decision.kind == LoginThrottle::Decision::Kind::Locked) {
        QCborMap details;
        details.insert(QStringLiteral("retryAfterSeconds"), decision.waitSeconds);
        sendError(message.id,
                  makeError(ErrorCode::Throttled,
                            tr("Too many failed logins. Try again in %1 seconds.").arg(decision.waitSeconds)),
                  details);
        return;
    }
    m_busy = true;
    if (decision.kind == LoginThrottle::Decision::Kind::Deferred) {
        // Other checks for this name or address are running: wait for them, then decide.
        QTimer::singleShot(m_limits.deferredLoginRetry, this, [this, message, username, password] {
            if (m_state == State::Closing)
                return;
            m_busy = false;
            startPasswordCheck(message, username, password);
            pump();
        });
        return;
    }
    auto user = username.isEmpty() ? Result<std::optional<User>>(std::optional<User>())
                                   : UserRepository(m_core.database().sql()).findByName(username);
    if (!user) {
        // The server failed, not the client: say so, and count no attempt.
        m_core.throttle().cancel(username, peerAddress());
        m_busy = false;
        sendError(message.id, user.error());
        return;
    }
    // Unknown and disabled users are checked against a decoy hash: same time, same answer.
    const bool usable = user.value() && !user.value()->disabled;
    const QString hash = usable ? user.value()->passwordHash : m_core.hasher().decoyHash();
    const qint64 userId = usable ? user.value()->id : 0;
    const PasswordHasher *hasher = &m_core.hasher();
    m_checkingName = username;
    auto *watcher = new QFutureWatcher<bool>(this);
    const quint64 id = *message.id;
    connect(watcher, &QFutureWatcher<bool>::finished, this,
            [this, watcher, id, username, userId, hash, usable] {
                watcher->deleteLater();
                m_checkingName.reset();
                const bool succeeded = finishLogin(id, username, userId, hash, usable && watcher->result());
                m_core.throttle().finish(username, peerAddress(), succeeded);
                m_busy = false;
                pump();
            });
    watcher->setFuture(
        QtConcurrent::run([hasher, hash, password] { return hasher->verify(hash, password); }));
}

bool ServerConnection::finishLogin(quint64 id, const QString &username, qint64 userId,
                                   const QString &checkedHash, bool verified)
{
    // The account may have been disabled or its password reset while the hash ran: the
    // password is good only if the account still has the hash that was checked.
    if (verified) {
        auto current = UserRepository(m_core.database().sql()).findById(userId);
        verified = current && current.value() && !current.value()->disabled
                   && current.value()->passwordHash == checkedHash;
    }
    if (m_state == State::Closing)
        return verified;
    AuditLog &audit = m_core.audit();
    if (!verified) {
        // Only a name an account could have is logged; anything else is just "invalid".
        QJsonObject detail{
            {QStringLiteral("username"), username.isEmpty() ? QStringLiteral("(invalid)") : username},
            {QStringLiteral("address"), peerAddress()}};
        if (Status logged = audit.appendAlone({std::nullopt,
                                               QStringLiteral("auth.loginFailed"),
                                               {},
                                               QStringLiteral("user"),
                                               std::nullopt,
                                               detail});
            !logged)
            qWarning() << "audit append failed:" << logged.error().message;
        sendError(id, makeError(ErrorCode::AuthFailed, tr("Wrong user name or password.")));
        return false;
    }
    auto token = m_core.sessions().create(userId);
    if (!token) {
        sendError(id, token.error());
        return false;
    }
    // The administrators' user lists show it; a failure here costs the user nothing.
    if (auto head = m_core.recordLogin(userId); head)
        Q_EMIT commandApplied({ChangeFeed::kAdminScope}, head.value(), {});
    else
        qWarning() << "last login not recorded:" << head.error().message;
    if (Status logged = audit.appendAlone({userId,
                                           QStringLiteral("auth.login"),
                                           {},
                                           QStringLiteral("user"),
                                           userId,
                                           QJsonObject{{QStringLiteral("address"), peerAddress()}}});
        !logged)
        qWarning() << "audit append failed:" << logged.error().message;
    becomeReady(id, userId, token.value(), true);
    return true;
}

void ServerConnection::becomeReady(quint64 id, qint64 userId, const QString &token, bool newSession)
{
    auto user = UserRepository(m_core.database().sql()).findById(userId);
    if (!user || !user.value()) {
        sendError(id, makeError(ErrorCode::SessionExpired, tr("The session has ended; log in again.")));
        return;
    }
    m_actor = user.value()->toActor();
    m_token = token;
    m_state = State::Ready;
    // A new session was stamped as it was made; a resumed one is at its first request.
    if (newSession)
        m_lastTouch.start();
    else
        m_lastTouch.invalidate();
    m_loginDeadline.stop();
    m_reader.setMaxFrameBytes(kMaxFrameBytes);

    QCborMap userMap;
    userMap.insert(QStringLiteral("id"), user.value()->id);
    userMap.insert(QStringLiteral("username"), user.value()->username);
    userMap.insert(QStringLiteral("displayName"), user.value()->displayName);
    userMap.insert(QStringLiteral("role"), roleName(user.value()->role));
    userMap.insert(QStringLiteral("townId"),
                   user.value()->townId ? QCborValue(*user.value()->townId) : QCborValue(nullptr));
    QCborMap body;
    body.insert(QStringLiteral("token"), token);
    body.insert(QStringLiteral("user"), userMap);
    body.insert(QStringLiteral("idleTimeoutSeconds"), qint64(m_core.sessions().idleTimeout().count()));
    send(Message::reply(id, body));
}

void ServerConnection::handleResume(const Message &message)
{
    FieldReader fields(message.body);
    const QString token = fields.text(QStringLiteral("token"));
    if (!fields.ok()) {
        sendError(message.id, fields.error());
        return;
    }
    if (token != m_token)
        endCurrentSession();
    auto userId = m_core.sessions().resume(token);
    if (!userId) {
        sendError(message.id, userId.error());
        return;
    }
    if (!userId.value()) {
        sendError(message.id,
                  makeError(ErrorCode::SessionExpired, tr("The session has ended; log in again.")));
        return;
    }
    becomeReady(*message.id, *userId.value(), token, false);
}

bool ServerConnection::sessionStillLive(quint64 id)
{
    auto live = m_core.sessions().isLive(m_token);
    if (live && live.value()) {
        // The stamp is a write: at most one a minute from this connection (the repository
        // keeps the same pace per session), so requests do not queue for the write lock
        // while the command writer holds it.
        if (!m_lastTouch.isValid() || m_lastTouch.hasExpired(kTouchIntervalMs)) {
            if (Status touched = m_core.sessions().touch(m_token); !touched)
                qWarning() << "session touch failed:" << touched.error().message;
            m_lastTouch.start();
        }
        return true;
    }
    dropSession();
    sendError(id, makeError(ErrorCode::SessionExpired, tr("The session has ended; log in again.")));
    return false;
}

void ServerConnection::handleLogout(const Message &message)
{
    if (Status ended = m_core.sessions().end(m_token); !ended) {
        sendError(message.id, ended.error());
        return;
    }
    if (Status logged = m_core.audit().appendAlone({m_actor->userId,
                                                    QStringLiteral("auth.logout"),
                                                    {},
                                                    QStringLiteral("user"),
                                                    m_actor->userId,
                                                    {}});
        !logged)
        qWarning() << "audit append failed:" << logged.error().message;
    dropSession();
    send(Message::reply(*message.id, {}));
}

void ServerConnection::handlePull(const Message &message)
{
    FieldReader fields(message.body);
    const qint64 since = fields.optionalInteger(QStringLiteral("since")).value_or(0);
    const qint64 limit = fields.optionalInteger(QStringLiteral("limit")).value_or(kDefaultPullLimit);
    if (!fields.ok()) {
        sendError(message.id, fields.error());
        return;
    }
    if (since < 0 || limit < 1 || limit > kMaxPullLimit) {
        sendError(message.id,
                  makeError(ErrorCode::BadMessage,
                            tr("'since' must be ≥ 0 and 'limit' between 1 and %1.").arg(kMaxPullLimit)));
        return;
    }
    auto page = m_core.changes().pull(*m_actor, since, int(limit));
    if (!page) {
        sendError(message.id, page.error());
        return;
    }
    QCborMap body;
    body.insert(QStringLiteral("changes"), page->changes);
    body.insert(QStringLiteral("last"), page->last);
    body.insert(QStringLiteral("head"), page->head);
    body.insert(QStringLiteral("more"), page->more);
    send(Message::reply(*message.id, body));
}

void ServerConnection::handleCommand(const Message &message)
{
    FieldReader fields(message.body);
    const QString commandId = fields.text(QStringLiteral("commandId"));
    const QString name = fields.text(QStringLiteral("name"));
    const QCborMap args = fields.map(QStringLiteral("args"));
    if (!fields.ok()) {
        sendError(message.id, fields.error());
        return;
    }
    if (Status checked = m_core.executor().check(*m_actor, commandId, name); !checked) {
        sendError(message.id, checked.error());
        return;
    }
    m_busy = true;
    const quint64 id = *message.id;
    if (!PreparedPasswords::neededFor(name)) {
        submitCommand(id, commandId, name, args, std::nullopt);
        return;
    }
    // Password hashing waits for no writer and holds up no other office: a worker thread.
    std::optional<QString> storedHash;
    if (name == QLatin1String(cmd::kUserChangePassword)) {
        auto user = UserRepository(m_core.database().sql()).findById(m_actor->userId);
        if (!user) {
            finishCommand(id, user.error());
            return;
        }
        if (user.value())
            storedHash = user.value()->passwordHash;
    }
    auto *watcher = new QFutureWatcher<PreparedPasswords>(this);
    connect(watcher, &QFutureWatcher<PreparedPasswords>::finished, this,
            [this, watcher, id, commandId, name, args] {
                watcher->deleteLater();
                submitCommand(id, commandId, name, args, watcher->result());
            });
    watcher->setFuture(QtConcurrent::run([hasher = &m_core.hasher(), name, args, storedHash] {
        return PreparedPasswords::prepare(*hasher, name, args, storedHash);
    }));
}

void ServerConnection::submitCommand(quint64 id, const QString &commandId, const QString &name,
                                     const QCborMap &args, std::optional<PreparedPasswords> prepared)
{
    // The session may have ended while the password was hashed (an administrator disabled
    // the account).
    if (m_state != State::Ready || !m_actor) {
        finishCommand(id, makeError(ErrorCode::SessionExpired, tr("The session has ended; log in again.")));
        return;
    }
    m_writer.submit(
        *m_actor, commandId, name, args, m_token, std::move(prepared),
        [self = QPointer<ServerConnection>(this), id](const Result<CommandExecutor::Outcome> &outcome) {
            if (self)
                self->finishCommand(id, outcome);
        });
}

void ServerConnection::finishCommand(quint64 id, const Result<CommandExecutor::Outcome> &outcome)
{
    m_busy = false;
    if (!outcome) {
        sendError(id, outcome.error());
    } else {
        QCborMap body;
        body.insert(QStringLiteral("result"), outcome->result);
        body.insert(QStringLiteral("replayed"), outcome->replayed);
        body.insert(QStringLiteral("head"), outcome->head);
        send(Message::reply(id, body));
        if (!outcome->replayed)
            Q_EMIT commandApplied(outcome->touchedScopes, outcome->head, outcome->usersToDisconnect);
    }
    // Frames that arrived meanwhile.
    QMetaObject::invokeMethod(this, &ServerConnection::pump, Qt::QueuedConnection);
}

void ServerConnection::notifyChanged(const QSet<qint64> &scopes, qint64 head)
{
    if (m_state != State::Ready || !m_actor)
        return;
    // The admin scope alone (accounts) concerns administrators only.
    const bool onlyAccounts = scopes.size() == 1 && scopes.contains(ChangeFeed::kAdminScope);
    bool visible = (m_actor->seesAllTowns() && (!onlyAccounts || m_actor->role == Role::Admin))
                   || scopes.contains(ChangeFeed::kDistrictScope);
    if (!visible && m_actor->townId)
        visible = scopes.contains(*m_actor->townId);
    if (!visible)
        return;
    if (backlogged()) {
        // One note says all: the client pulls up to the newest head once it reads again.
        m_unsentHead = std::max(head, m_unsentHead.value_or(0));
        return;
    }
    QCborMap body;
    body.insert(QStringLiteral("head"), head);
    send(Message::note(QString::fromLatin1(msg::kChangedNote), body));
}

void ServerConnection::endSession(const QString &reason)
{
    if (m_state != State::Ready)
        return;
    QCborMap body;
    body.insert(QStringLiteral("reason"), reason);
    send(Message::note(QString::fromLatin1(msg::kSessionEndedNote), body));
    dropSession();
    close();
}

void ServerConnection::dropSession()
{
    m_state = State::AwaitLogin;
    m_actor.reset();
    m_token.clear();
    // Back to the stranger's limits: small frames, and log in within the deadline.
    m_reader.setMaxFrameBytes(kMaxUnauthenticatedFrameBytes);
    m_loginDeadline.start();
}

void ServerConnection::endCurrentSession()
{
    if (m_state != State::Ready)
        return;
    if (Status ended = m_core.sessions().end(m_token); !ended)
        qWarning() << "session end failed:" << ended.error().message;
    dropSession();
}

void ServerConnection::send(const Message &message)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(message.toFrame());
}

void ServerConnection::sendError(std::optional<quint64> id, const Error &error, QCborMap details)
{
    send(Message::error(id, error, std::move(details)));
}

void ServerConnection::fail(const Error &error)
{
    sendError(std::nullopt, error);
    close();
}

void ServerConnection::close()
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    m_loginDeadline.stop();
    m_partialFrameDeadline.stop();
    if (!m_socket)
        return;
    m_socket->disconnectFromHost(); // flushes the error frame first
    // ... unless the client does not read: then it gets no more time than this.
    QTimer::singleShot(m_limits.closeGrace, m_socket, [socket = m_socket] {
        if (socket)
            socket->abort();
    });
}

} // namespace gridsafe
