#include "network/GridSafeServer.h"

#include "commands/CommandWriter.h"

#include "ServerCore.h"
#include "accounts/SessionRepository.h"
#include "network/ServerConnection.h"
#include "network/TlsListener.h"
#include "protocol/Message.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSslCipher>
#include <QSslSocket>

namespace gridsafe {

namespace {

constexpr int kSweepIntervalMs = 60 * 1000;

// TLS 1.3 suites and TLS 1.2 suites with ECDHE and an AEAD cipher: no CBC, no static RSA.
QList<QSslCipher> forwardSecretAeadCiphers(const QList<QSslCipher> &offered)
{
    QList<QSslCipher> kept;
    for (const QSslCipher &cipher : offered) {
        const bool tls13 = cipher.protocol() == QSsl::TlsV1_3;
        const QString name = cipher.name();
        const bool aead = name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20"));
        const bool ephemeral = cipher.keyExchangeMethod().startsWith(QLatin1String("ECDH"));
        if (tls13 || (aead && ephemeral))
            kept.append(cipher);
    }
    return kept;
}

} // namespace

GridSafeServer::GridSafeServer(ServerCore &core, TlsIdentity identity, const ServerLimits &limits,
                               QObject *parent) :
    QObject(parent),
    m_core(core),
    m_identity(std::move(identity)),
    m_limits(limits)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_identity.certificate());
    tls.setPrivateKey(m_identity.key());
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate by password
    tls.setCiphers(forwardSecretAeadCiphers(tls.ciphers()));
    m_listener = new TlsListener(tls, m_limits, this);
    connect(m_listener, &TlsListener::encrypted, this, &GridSafeServer::accept);
    connect(&m_sweepTimer, &QTimer::timeout, this, &GridSafeServer::sweepSessions);
    m_sweepTimer.start(kSweepIntervalMs);
    m_writer = std::make_unique<CommandWriter>(CommandWriter::Settings{m_core.database().path(),
                                                                       m_core.options().sessionIdleTimeout,
                                                                       m_limits.maxCommitBatch},
                                               m_core.clock(), m_core.registry(), m_core.hasher());
}

// The writer goes first (its thread ends after the batch in hand); answers it had not yet
// delivered are dropped with it, and the connections' clients resend.
GridSafeServer::~GridSafeServer() = default;

bool GridSafeServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_writerStarted) {
        if (Status started = m_writer->start(); !started) {
            if (error)
                *error = started.error().message;
            return false;
        }
        m_writerStarted = true;
    }
    if (m_listener->listen(address, port))
        return true;
    if (error)
        *error = QCoreApplication::translate("GridSafeServer", "Cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_listener->errorString());
    return false;
}

quint16 GridSafeServer::port() const
{
    return m_listener->serverPort();
}

int GridSafeServer::handshakeCount() const
{
    return m_listener->handshakeCount();
}

qint64 GridSafeServer::bufferedBytes() const
{
    qint64 total = 0;
    for (const ServerConnection *connection : m_connections)
        total += connection->bufferedBytes();
    return total;
}

int GridSafeServer::connectionsFrom(const QHostAddress &address) const
{
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [&address](const ServerConnection *c) { return c->address() == address; }));
}

void GridSafeServer::accept(QSslSocket *socket)
{
    const QHostAddress address = socket->peerAddress();
    const bool full = m_connections.size() >= m_limits.maxConnections;
    if (full || connectionsFrom(address) >= m_limits.maxConnectionsPerAddress) {
        refuse(socket, full ? QCoreApplication::translate(
                           "GridSafeServer", "The server has too many connections; try again later.")
                            : QCoreApplication::translate(
                                  "GridSafeServer", "Too many connections from your address (%1); close some "
                                                    "GridSafe windows and try again.")
                                  .arg(m_limits.maxConnectionsPerAddress));
        return;
    }
    auto *connection = new ServerConnection(socket, m_core, *m_writer, m_limits, this);
    m_connections.append(connection);
    connect(connection, &ServerConnection::commandApplied, this, &GridSafeServer::onCommandApplied);
    connect(connection, &ServerConnection::closed, this, [this, connection] {
        m_connections.removeOne(connection);
        connection->deleteLater();
    });
}

void GridSafeServer::refuse(QSslSocket *socket, const QString &reason)
{
    socket->setParent(this);
    if (m_refusalsClosing >= m_limits.maxRefusalsClosing) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_refusalsClosing;
    connect(socket, &QObject::destroyed, this, [this] { --m_refusalsClosing; });
    socket->write(Message::error(std::nullopt, makeError(ErrorCode::TooManyConnections, reason)).toFrame());
    socket->disconnectFromHost();
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_limits.closeGrace, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

void GridSafeServer::onCommandApplied(const QSet<qint64> &scopes, qint64 head,
                                      const QList<qint64> &usersToDisconnect)
{
    for (ServerConnection *connection : std::as_const(m_connections)) {
        const auto &actor = connection->actor();
        if (actor && usersToDisconnect.contains(actor->userId))
            connection->endSession(tr(
                "An administrator changed your account (a new password, or it was disabled). Log in again."));
        else if (!scopes.isEmpty())
            connection->notifyChanged(scopes, head);
    }
}

void GridSafeServer::sweepSessions()
{
    if (Status removed = m_core.sessions().removeExpired(); !removed)
        qWarning() << "session sweep failed:" << removed.error().message;
}

} // namespace gridsafe
