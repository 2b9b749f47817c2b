#include "network/GridSafeServer.h"

#include "ServerCore.h"
#include "accounts/SessionRepository.h"
#include "network/ServerConnection.h"

#include <QCoreApplication>
#include <QSslServer>
#include <QSslSocket>

namespace gridsafe {

namespace {

constexpr int kHandshakeTimeoutMs = 15 * 1000;
constexpr int kSweepIntervalMs = 60 * 1000;

} // namespace

GridSafeServer::GridSafeServer(ServerCore &core, TlsIdentity identity, QObject *parent) :
    QObject(parent),
    m_core(core),
    m_identity(std::move(identity)),
    m_server(new QSslServer(this))
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_identity.certificate());
    tls.setPrivateKey(m_identity.key());
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate by password
    m_server->setSslConfiguration(tls);
    m_server->setHandshakeTimeout(kHandshakeTimeoutMs);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &GridSafeServer::acceptPending);
    // A failed handshake (garbage instead of TLS) only costs that socket.
    connect(m_server, &QSslServer::errorOccurred, this,
            [](QSslSocket *socket, QAbstractSocket::SocketError) { socket->deleteLater(); });
    connect(m_server, &QSslServer::handshakeInterruptedOnError, this,
            [](QSslSocket *socket, const QSslError &) { socket->deleteLater(); });
    connect(&m_sweepTimer, &QTimer::timeout, this, &GridSafeServer::sweepSessions);
    m_sweepTimer.start(kSweepIntervalMs);
}

GridSafeServer::~GridSafeServer() = default;

bool GridSafeServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = QCoreApplication::translate("GridSafeServer", "Cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_server->errorString());
    return false;
}

quint16 GridSafeServer::port() const
{
    return m_server->serverPort();
}

void GridSafeServer::acceptPending()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        auto *connection = new ServerConnection(socket, m_core, this);
        m_connections.append(connection);
        connect(connection, &ServerConnection::commandApplied, this, &GridSafeServer::onCommandApplied);
        connect(connection, &ServerConnection::closed, this, [this, connection] {
            m_connections.removeOne(connection);
            connection->deleteLater();
        });
    }
}

void GridSafeServer::onCommandApplied(const QSet<qint64> &scopes, qint64 head,
                                      const QList<qint64> &usersToDisconnect)
{
    for (ServerConnection *connection : std::as_const(m_connections)) {
        const auto &actor = connection->actor();
        if (actor && usersToDisconnect.contains(actor->userId))
            connection->endSession(QStringLiteral("account changed"));
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
