#include "network/ServerConnection.h"

#include "ServerCore.h"
#include "accounts/LoginThrottle.h"
#include "accounts/PasswordHasher.h"
#include "accounts/SessionRepository.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"
#include "commands/CommandExecutor.h"
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
constexpr int kLoginDeadlineMs = 60 * 1000;
constexpr qsizetype kMaxQueuedRequests = 256;

QString serverVersion()
{
    return QStringLiteral("gridsafe-server %1").arg(QStringLiteral(GRIDSAFE_VERSION));
}

} // namespace

ServerConnection::ServerConnection(QSslSocket *socket, ServerCore &core, QObject *parent) :
    QObject(parent),
    m_socket(socket),
    m_core(core),
    m_reader(kMaxUnauthenticatedFrameBytes)
{
    socket->setParent(this);
    // Replies and notes are small and latency matters (a reviewer should see a change
    // within a second): no Nagle delay.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QSslSocket::readyRead, this, &ServerConnection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, [this] {
        m_state = State::Closing;
        Q_EMIT closed();
    });
    // A stranger who never logs in does not keep a connection for ever.
    m_loginDeadline.setSingleShot(true);
    m_loginDeadline.setInterval(kLoginDeadlineMs);
    connect(&m_loginDeadline, &QTimer::timeout, this, [this] {
        if (m_state != State::Ready)
            fail(makeError(ErrorCode::AuthRequired, tr("No login within the time limit.")));
    });
    m_loginDeadline.start();
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ServerConnection::onReadyRead, Qt::QueuedConnection);
}

ServerConnection::~ServerConnection() = default;

QString ServerConnection::peerAddress() const
{
    return m_socket ? m_socket->peerAddress().toString() : QString();
}

void ServerConnection::onReadyRead()
{
    while (m_socket && m_state != State::Closing && m_socket->bytesAvailable() > 0) {
        m_reader.append(m_socket->read(kReadChunk));
        QByteArray payload;
        for (;;) {
            const FrameReader::Status status = m_reader.next(&payload);
            if (status == FrameReader::Status::NeedMore)
                break;
            if (status == FrameReader::Status::TooLarge) {
                fail(
                    makeError(ErrorCode::FrameTooLarge, tr("Frame of %1 bytes exceeds the limit of %2 bytes.")
                                                            .arg(m_reader.rejectedLength())
                                                            .arg(m_reader.maxFrameBytes())));
                return;
            }
            auto message = Message::fromCbor(payload);
            if (!message) {
                if (message.error().code == ErrorCode::BadCbor) {
                    fail(message.error());
                    return;
                }
                sendError(std::nullopt, message.error());
                continue;
            }
            if (message->version != kProtocolVersion) {
                fail(makeError(ErrorCode::ProtocolMismatch,
                               tr("Message version %1 is not supported; this server speaks version %2.")
                                   .arg(message->version)
                                   .arg(kProtocolVersion)));
                return;
            }
            // Requests queue only while a login is being checked; a client that piles up
            // more than this is not waiting for answers and is cut off.
            if (m_queue.size() >= kMaxQueuedRequests) {
                fail(makeError(
                    ErrorCode::BadFrame,
                    tr("More than %1 requests without waiting for answers.").arg(kMaxQueuedRequests)));
                return;
            }
            m_queue.enqueue(message.value());
        }
    }
    processQueue();
}

void ServerConnection::processQueue()
{
    while (!m_busy && !m_queue.isEmpty() && m_state != State::Closing)
        handle(m_queue.dequeue());
}

void ServerConnection::handle(const Message &message)
{
    const QString &type = message.type;
    const bool isRequest = type == QLatin1String(msg::kHello) || type == QLatin1String(msg::kLogin)
                           || type == QLatin1String(msg::kResume) || type == QLatin1String(msg::kLogout)
                           || type == QLatin1String(msg::kPing) || type == QLatin1String(msg::kPull)
                           || type == QLatin1String(msg::kCommand);
    if (!isRequest) {
        sendError(message.id,
                  makeError(ErrorCode::UnknownType, tr("Unknown message type \"%1\".").arg(type)));
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
    else
        handleCommand(message);
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
    const QString username = usernameInput.trimmed().toLower();
    endCurrentSession();
    const qint64 wait = m_core.throttle().secondsUntilAllowed(username, peerAddress());
    if (wait > 0) {
        QCborMap details;
        details.insert(QStringLiteral("retryAfterSeconds"), wait);
        sendError(
            message.id,
            makeError(ErrorCode::Throttled, tr("Too many failed logins. Try again in %1 seconds.").arg(wait)),
            details);
        return;
    }
    auto user = UserRepository(m_core.database().sql()).findByName(username);
    if (!user) {
        sendError(message.id, user.error());
        return;
    }
    // Unknown and disabled users are checked against a decoy hash: same time, same answer.
    const bool usable = user.value() && !user.value()->disabled;
    const QString hash = usable ? user.value()->passwordHash : m_core.hasher().decoyHash();
    const qint64 userId = usable ? user.value()->id : 0;
    const PasswordHasher *hasher = &m_core.hasher();
    m_core.throttle().recordAttempt(username, peerAddress());

    m_busy = true;
    auto *watcher = new QFutureWatcher<bool>(this);
    const quint64 id = *message.id;
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, id, username, userId, usable] {
        watcher->deleteLater();
        finishLogin(id, username, userId, usable && watcher->result());
        m_busy = false;
        processQueue();
    });
    watcher->setFuture(
        QtConcurrent::run([hasher, hash, password] { return hasher->verify(hash, password); }));
}

void ServerConnection::finishLogin(quint64 id, const QString &username, qint64 userId, bool verified)
{
    if (m_state == State::Closing)
        return;
    AuditLog &audit = m_core.audit();
    if (!verified) {
        QJsonObject detail{{QStringLiteral("username"), username},
                           {QStringLiteral("address"), peerAddress()}};
        if (Status logged = audit.append({std::nullopt,
                                          QStringLiteral("auth.loginFailed"),
                                          {},
                                          QStringLiteral("user"),
                                          std::nullopt,
                                          detail});
            !logged)
            qWarning() << "audit append failed:" << logged.error().message;
        sendError(id, makeError(ErrorCode::AuthFailed, tr("Wrong user name or password.")));
        return;
    }
    m_core.throttle().recordSuccess(username, peerAddress());
    auto token = m_core.sessions().create(userId);
    if (!token) {
        sendError(id, token.error());
        return;
    }
    if (Status logged = audit.append({userId,
                                      QStringLiteral("auth.login"),
                                      {},
                                      QStringLiteral("user"),
                                      userId,
                                      QJsonObject{{QStringLiteral("address"), peerAddress()}}});
        !logged)
        qWarning() << "audit append failed:" << logged.error().message;
    becomeReady(id, userId, token.value());
}

void ServerConnection::becomeReady(quint64 id, qint64 userId, const QString &token)
{
    auto user = UserRepository(m_core.database().sql()).findById(userId);
    if (!user || !user.value()) {
        sendError(id, makeError(ErrorCode::SessionExpired, tr("The session has ended; log in again.")));
        return;
    }
    m_actor = user.value()->toActor();
    m_token = token;
    m_state = State::Ready;
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
    becomeReady(*message.id, *userId.value(), token);
}

bool ServerConnection::sessionStillLive(quint64 id)
{
    auto live = m_core.sessions().isLive(m_token);
    if (live && live.value()) {
        if (Status touched = m_core.sessions().touch(m_token); !touched)
            qWarning() << "session touch failed:" << touched.error().message;
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
    if (Status logged = m_core.audit().append({m_actor->userId,
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
    auto outcome = m_core.executor().execute(*m_actor, commandId, name, args);
    if (!outcome) {
        sendError(message.id, outcome.error());
        return;
    }
    QCborMap body;
    body.insert(QStringLiteral("result"), outcome->result);
    body.insert(QStringLiteral("replayed"), outcome->replayed);
    body.insert(QStringLiteral("head"), outcome->head);
    send(Message::reply(*message.id, body));
    if (!outcome->replayed)
        Q_EMIT commandApplied(outcome->touchedScopes, outcome->head, outcome->usersToDisconnect);
}

void ServerConnection::notifyChanged(const QSet<qint64> &scopes, qint64 head)
{
    if (m_state != State::Ready || !m_actor)
        return;
    bool visible = m_actor->seesAllTowns() || scopes.contains(ChangeFeed::kDistrictScope);
    if (!visible && m_actor->townId)
        visible = scopes.contains(*m_actor->townId);
    if (!visible)
        return;
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
    m_queue.clear();
    if (m_socket)
        m_socket->disconnectFromHost(); // flushes the error frame first
}

} // namespace gridsafe
