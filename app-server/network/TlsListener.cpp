#include "network/TlsListener.h"

#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace gridsafe {

TlsListener::TlsListener(QSslConfiguration tls, const ServerLimits &limits, QObject *parent) :
    QTcpServer(parent),
    m_tls(std::move(tls)),
    m_limits(limits)
{
    // Sockets are never queued as pending connections, so Qt's own pause never triggers.
    setMaxPendingConnections(std::numeric_limits<int>::max());
}

TlsListener::~TlsListener()
{
    // The sockets are our children; stop their signals reaching a half-destroyed object.
    for (const Handshake &handshake : std::as_const(m_handshakes))
        handshake.socket->disconnect(this);
}

void TlsListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress address = socket->peerAddress();
    makeRoomFor(address);
    m_handshakes.append({socket, address});
    socket->setSslConfiguration(m_tls);

    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket] { drop(socket); });
    deadline->start(m_limits.handshakeTimeout);

    connect(socket, &QSslSocket::encrypted, this, [this, socket, deadline] {
        deadline->stop();
        deadline->deleteLater();
        forget(socket);
        socket->disconnect(this);
        Q_EMIT encrypted(socket);
    });
    // Garbage instead of TLS, an alert, or a peer that went away: only this socket pays.
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket] { drop(socket); });
    connect(socket, &QSslSocket::sslErrors, this, [this, socket] { drop(socket); });
    connect(socket, &QSslSocket::disconnected, this, [this, socket] { drop(socket); });
    socket->startServerEncryption();
}

void TlsListener::makeRoomFor(const QHostAddress &address)
{
    int fromAddress = 0;
    for (const Handshake &handshake : std::as_const(m_handshakes))
        fromAddress += handshake.address == address ? 1 : 0;
    if (fromAddress >= m_limits.maxHandshakesPerAddress) {
        for (const Handshake &handshake : std::as_const(m_handshakes)) {
            if (handshake.address == address) {
                drop(handshake.socket);
                break;
            }
        }
    }
    if (m_handshakes.size() >= m_limits.maxHandshakes)
        drop(m_handshakes.constFirst().socket);
}

void TlsListener::drop(QSslSocket *socket)
{
    if (std::none_of(m_handshakes.cbegin(), m_handshakes.cend(),
                     [socket](const Handshake &handshake) { return handshake.socket == socket; }))
        return; // already dropped or handed over
    forget(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void TlsListener::forget(QSslSocket *socket)
{
    m_handshakes.removeIf([socket](const Handshake &handshake) { return handshake.socket == socket; });
}

} // namespace gridsafe
