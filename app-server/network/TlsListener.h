#pragma once
// Accepts TCP connections and runs their TLS handshakes, bounded in number and time.
// Qt 6.4's QSslServer counts handshaking sockets against maxPendingConnections (30) and
// pauses the listening socket when they fill it; sockets that then die before their
// handshake ends never resume it, so 30 idle strangers stopped the server for good. Here
// the kernel's queue is always drained: a newcomer past the bound pushes out the oldest
// handshake instead.

#include "network/ServerLimits.h"

#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QTcpServer>

class QSslSocket;

namespace gridsafe {

class TlsListener : public QTcpServer
{
    Q_OBJECT

public:
    TlsListener(QSslConfiguration tls, const ServerLimits &limits, QObject *parent = nullptr);
    ~TlsListener() override;

    int handshakeCount() const { return int(m_handshakes.size()); }

Q_SIGNALS:
    // The socket has finished its handshake; the receiver takes ownership (setParent).
    void encrypted(QSslSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Handshake
    {
        QSslSocket *socket;
        QHostAddress address;
    };

    void makeRoomFor(const QHostAddress &address);
    void drop(QSslSocket *socket);
    void forget(QSslSocket *socket);

    QSslConfiguration m_tls;
    ServerLimits m_limits;
    QList<Handshake> m_handshakes; // oldest first
};

} // namespace gridsafe
