#include "core/ClientSession.h"

#include "domain/CommandName.h"

#include "core/CertificatePinStore.h"
#include "core/Connection.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/SyncEngine.h"
#include "protocol/MessageType.h"
#include "protocol/ProtocolConstants.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace gridsafe {

namespace {

constexpr int kMaxReconnectDelayMs = 30 * 1000;

bool isRejection(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid:
    case ErrorCode::Forbidden:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::UnknownCommand:
    case ErrorCode::BadMessage:
    case ErrorCode::Internal:
        return true;
    default:
        return false;
    }
}

} // namespace

ClientSession::ClientSession(QString dataDir, QObject *parent) :
    QObject(parent),
    m_dataDir(std::move(dataDir)),
    m_pins(std::make_unique<CertificatePinStore>(
        QDir(m_dataDir).filePath(QStringLiteral("pinned-certificates.json")))),
    m_connection(new Connection(*m_pins, this))
{
    connect(m_connection, &Connection::opened, this, &ClientSession::onOpened);
    connect(m_connection, &Connection::failed, this, &ClientSession::onConnectionFailed);
    connect(m_connection, &Connection::noteReceived, this, &ClientSession::onNote);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        setLinkState(LinkState::Connecting);
        m_connection->open(m_address);
    });
}

ClientSession::~ClientSession()
{
    m_reconnectTimer.stop();
    m_connection->disconnect(this);
    // Requests still in flight call back into the sync engine and this session: end them
    // while both are alive, not later from the Connection child's destructor.
    m_connection->close();
    delete m_sync;
}

void ClientSession::setTrustOnFirstUse(bool trust)
{
    m_connection->setTrustOnFirstUse(trust);
}

void ClientSession::setClientName(const QString &name)
{
    m_connection->setClientName(name);
}

QString ClientSession::presentedFingerprint() const
{
    return m_connection->presentedFingerprint();
}

bool ClientSession::isSyncing() const
{
    return m_sync && m_sync->isPulling();
}

void ClientSession::setLinkState(LinkState state)
{
    if (m_linkState == state)
        return;
    m_linkState = state;
    Q_EMIT linkStateChanged(state);
}

Status ClientSession::openReplica()
{
    // One replica per server and user: scopes differ between users.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString file = QStringLiteral("%1_%2_%3.sqlite").arg(m_address.host).arg(m_address.port).arg(m_username);
    file.replace(unsafe, QStringLiteral("_"));
    const QString path = QDir(m_dataDir).filePath(QStringLiteral("replicas/") + file);
    if (m_replica && m_replica->path() == path)
        return success();
    m_connection->close(); // a pull in flight would call back into the engine deleted below
    delete m_sync;
    m_sync = nullptr;
    m_outbox.reset();
    m_replica.reset();
    auto replica = Replica::open(path);
    if (!replica)
        return replica.error();
    m_replica = std::move(replica).value();
    m_outbox = std::make_unique<Outbox>(m_replica->sql());
    connect(m_outbox.get(), &Outbox::changed, this, &ClientSession::outboxChanged);
    m_sync = new SyncEngine(*m_connection, *m_replica);
    m_sync->setPageSize(m_syncPageSize);
    connect(m_sync, &SyncEngine::started, this, &ClientSession::syncStarted);
    connect(m_sync, &SyncEngine::progress, this, &ClientSession::syncProgress);
    connect(m_sync, &SyncEngine::finished, this,
            [this](const Error &error, bool ok) { Q_EMIT syncFinished(ok, ok ? QString() : error.message); });
    return success();
}

void ClientSession::setSyncPageSize(int pageSize)
{
    m_syncPageSize = std::clamp(pageSize, 1, 2000);
    if (m_sync)
        m_sync->setPageSize(m_syncPageSize);
}

void ClientSession::start(const ServerAddress &address, const QString &username, bool openFromReplica)
{
    m_reconnectTimer.stop();
    m_address = address;
    m_username = username.trimmed().toLower();
    m_announcedLogin = false;
    if (Status opened = openReplica(); !opened) {
        Q_EMIT loginFailed(opened.error());
        return;
    }
    setLinkState(LinkState::Connecting);
    const std::optional<QCborMap> known = openFromReplica ? m_replica->rememberedUser() : std::nullopt;
    if (known) {
        const UserInfo user = UserInfo::fromLoginReply(*known);
        if (user.username == m_username) {
            // Offline first: the user works from the replica while the link comes up (or not).
            m_user = user;
            m_announcedLogin = true;
            Q_EMIT loginSucceeded();
        }
    }
    m_connection->open(address);
}

void ClientSession::login(const ServerAddress &address, const QString &username, const QString &password)
{
    m_token.clear();
    m_password = password;
    start(address, username, false);
}

void ClientSession::resume(const ServerAddress &address, const QString &username, const QString &token)
{
    m_token = token;
    m_password.clear();
    start(address, username, true);
}

void ClientSession::onOpened()
{
    m_reconnectDelayMs = 1000;
    // Another database at this address (or this one restored): the replica starts anew.
    const QString databaseId = m_connection->serverHello().value(QStringLiteral("databaseId")).toString();
    if (m_replica && !replicaAdopted(m_replica->adoptDatabase(databaseId)))
        return;
    const bool withToken = !m_token.isEmpty();
    QCborMap body;
    if (withToken) {
        body.insert(QStringLiteral("token"), m_token);
    } else {
        body.insert(QStringLiteral("username"), m_username);
        body.insert(QStringLiteral("password"), m_password);
    }
    const QString type = QString::fromLatin1(withToken ? msg::kResume : msg::kLogin);
    m_connection->request(type, body, [this](const Result<QCborMap> &reply) {
        m_password.clear();
        if (reply) {
            onAuthenticated(reply.value());
            return;
        }
        if (reply.error().code == ErrorCode::Network)
            return; // onConnectionFailed deals with it
        m_token.clear();
        m_connection->close();
        setLinkState(LinkState::Offline);
        if (m_announcedLogin)
            Q_EMIT sessionEnded(reply.error().message);
        else
            Q_EMIT loginFailed(reply.error());
    });
}

bool ClientSession::replicaAdopted(const Status &adopted)
{
    if (adopted)
        return true;
    // Pulling now would mix two databases or scopes in one replica: try on the next link.
    qWarning() << "replica reset failed:" << adopted.error().message;
    m_connection->close();
    onConnectionFailed(adopted.error());
    return false;
}

void ClientSession::onAuthenticated(const QCborMap &reply)
{
    m_token = reply.value(QStringLiteral("token")).toString();
    m_lastConnectionError.clear();
    const QCborMap user = reply.value(QStringLiteral("user")).toMap();
    m_user = UserInfo::fromLoginReply(user);
    // A user moved to another town (or given another role) sees another scope: the rows of
    // the old one must not stay behind.
    const QString scope = QStringLiteral("%1:%2").arg(roleName(m_user.role)).arg(m_user.townId.value_or(0));
    if (m_replica && !replicaAdopted(m_replica->adoptScope(scope)))
        return;
    if (m_replica) {
        if (Status remembered = m_replica->rememberUser(user); !remembered)
            qWarning() << "cannot remember the user for offline use:" << remembered.error().message;
    }
    setLinkState(LinkState::Online);
    if (!m_announcedLogin) {
        m_announcedLogin = true;
        Q_EMIT loginSucceeded();
    }
    syncNow();
    flushOutbox();
}

void ClientSession::onConnectionFailed(const Error &error)
{
    m_sending = false;
    m_lastConnectionError = error.message;
    setLinkState(LinkState::Offline);
    Q_EMIT connectionFailed(error);
    if (!m_announcedLogin) {
        m_password.clear();
        Q_EMIT loginFailed(error);
        return;
    }
    // Certificate trouble is not healed by retrying; everything else may be.
    if (error.code == ErrorCode::CertificateChanged || error.code == ErrorCode::CertificateUnknown) {
        endSession(error.message);
        return;
    }
    if (!m_token.isEmpty())
        scheduleReconnect();
}

void ClientSession::scheduleReconnect()
{
    m_reconnectTimer.start(m_reconnectDelayMs);
    m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, kMaxReconnectDelayMs);
}

void ClientSession::onNote(const QString &type, const QCborMap &body)
{
    if (type == QLatin1String(msg::kChangedNote)) {
        syncNow();
    } else if (type == QLatin1String(msg::kSessionEndedNote)) {
        endSession(body.value(QStringLiteral("reason")).toString());
    }
}

void ClientSession::endSession(const QString &reason)
{
    m_token.clear();
    m_reconnectTimer.stop();
    m_connection->close();
    setLinkState(LinkState::Offline);
    Q_EMIT sessionEnded(reason);
}

void ClientSession::logout()
{
    m_reconnectTimer.stop();
    m_token.clear();
    m_announcedLogin = false;
    if (m_linkState == LinkState::Online) {
        // Close only after the server has ended the session: closing at once would drop
        // the logout frame with the socket's write buffer.
        setLinkState(LinkState::Offline);
        m_connection->request(
            QString::fromLatin1(msg::kLogout), {},
            [this](const Result<QCborMap> &) {
                m_connection->close();
                Q_EMIT loggedOut();
            },
            5000);
        return;
    }
    m_connection->close();
    setLinkState(LinkState::Offline);
    Q_EMIT loggedOut();
}

void ClientSession::reconnectNow()
{
    if (m_linkState != LinkState::Offline || m_token.isEmpty())
        return;
    m_reconnectTimer.stop();
    m_reconnectDelayMs = 1000;
    setLinkState(LinkState::Connecting);
    m_connection->open(m_address);
}

void ClientSession::syncNow()
{
    if (m_sync && m_linkState == LinkState::Online)
        m_sync->pull();
}

void ClientSession::ask(const QString &type, const QCborMap &body,
                        std::function<void(const Result<QCborMap> &)> callback, int timeoutMs)
{
    if (m_linkState != LinkState::Online) {
        callback(
            makeError(ErrorCode::Network, tr("Not connected to the server; this needs the server. Try again "
                                             "when the link is back.")));
        return;
    }
    m_connection->request(type, body, std::move(callback), timeoutMs);
}

Result<QString> ClientSession::submit(const QString &name, const QCborMap &args, const QString &summary,
                                      const QString &buildsOn)
{
    if (!m_outbox)
        return makeError(ErrorCode::Invalid, tr("Log in before making changes."));
    auto id = m_outbox->enqueue(name, args, summary, buildsOn);
    if (id)
        flushOutbox();
    return id;
}

Status ClientSession::retryRejected(const QString &commandId)
{
    if (!m_outbox)
        return makeError(ErrorCode::Invalid, tr("Log in before making changes."));
    Status requeued = m_outbox->requeue(commandId);
    if (requeued)
        flushOutbox();
    return requeued;
}

Status ClientSession::discardRejected(const QString &commandId)
{
    if (!m_outbox)
        return makeError(ErrorCode::Invalid, tr("Log in before making changes."));
    const std::optional<OutboxEntry> entry = m_outbox->entry(commandId);
    if (!entry || entry->state != OutboxEntry::State::Rejected)
        return makeError(ErrorCode::Invalid, tr("Only a change the server refused can be discarded."));
    auto removed = m_outbox->removeWithDependents(commandId);
    if (!removed)
        return removed.error();
    return success();
}

Result<QString> ClientSession::resubmitRejected(const QString &commandId, const QCborMap &args,
                                                const QString &summary)
{
    if (!m_outbox)
        return makeError(ErrorCode::Invalid, tr("Log in before making changes."));
    auto replaced = m_outbox->replaceRejected(commandId, args, summary);
    if (replaced)
        flushOutbox();
    return replaced;
}

void ClientSession::flushOutbox()
{
    if (m_sending || !m_outbox || m_linkState != LinkState::Online)
        return;
    const std::optional<OutboxEntry> next = m_outbox->nextPending();
    if (!next)
        return;
    // A command this server cannot take (queued by another version, or a server with a
    // lower cap) is refused here, so the commands behind it still go.
    const qint64 limit =
        m_connection->serverHello().value(QStringLiteral("maxFrameBytes")).toInteger(kMaxFrameBytes);
    if (const qint64 bytes = Outbox::frameBytes(next->commandId, next->name, next->args); bytes > limit) {
        const Error error = Outbox::tooLarge(bytes, limit);
        if (Status marked = m_outbox->markRejected(next->commandId, error); !marked) {
            qWarning() << "outbox update failed:" << marked.error().message;
            return;
        }
        Q_EMIT commandRejected(next->commandId, error);
        flushOutbox();
        return;
    }
    m_sending = true;
    QCborMap body;
    body.insert(QStringLiteral("commandId"), next->commandId);
    body.insert(QStringLiteral("name"), next->name);
    body.insert(QStringLiteral("args"), next->args);
    const QString commandId = next->commandId;
    m_connection->request(
        QString::fromLatin1(msg::kCommand), body,
        [this, commandId](const Result<QCborMap> &reply) {
            m_sending = false;
            if (reply) {
                const QCborMap result = reply.value().value(QStringLiteral("result")).toMap();
                if (Status removed = m_outbox->markApplied(commandId, result); !removed)
                    qWarning() << "outbox remove failed:" << removed.error().message;
                Q_EMIT commandApplied(commandId, result);
                syncNow();
                flushOutbox();
                return;
            }
            if (isRejection(reply.error().code)) {
                if (Status marked = m_outbox->markRejected(commandId, reply.error()); !marked)
                    qWarning() << "outbox update failed:" << marked.error().message;
                Q_EMIT commandRejected(commandId, reply.error());
                flushOutbox();
                return;
            }
            if (reply.error().code == ErrorCode::SessionExpired
                || reply.error().code == ErrorCode::AuthRequired)
                endSession(reply.error().message);
            // Network trouble: the entry stays pending and goes again after reconnecting.
        },
        // Committing an import of a hundred thousand rows takes the server a while; giving up
        // sooner would only drop the link and have the retry replayed.
        next->name == QLatin1String(cmd::kEnterpriseImport) ? 15 * 60 * 1000 : 30000);
}

} // namespace gridsafe
