#pragma once
// The listening side: a TLS server that hands each encrypted connection to a
// ServerConnection and fans "changed" notes out to the connections that may see them.

#include "network/ServerLimits.h"
#include "network/TlsIdentity.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QSslSocket;

namespace gridsafe {

class CommandWriter;
class ServerConnection;
class ServerCore;
class TlsListener;

class GridSafeServer : public QObject
{
    Q_OBJECT

public:
    GridSafeServer(ServerCore &core, TlsIdentity identity, const ServerLimits &limits = {},
                   QObject *parent = nullptr);
    ~GridSafeServer() override;

    // Starts the command writer (first call) and listens.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QString fingerprint() const { return m_identity.fingerprint(); }
    int connectionCount() const { return int(m_connections.size()); }
    int handshakeCount() const;
    // Bytes held for all connections: unhandled input and unsent replies (for tests and
    // the memory bound in docs/PROTOCOL.md).
    qint64 bufferedBytes() const;
    // Notes the connected clients of changes committed outside a connection (tests, tools).
    void noteChanges(const QSet<qint64> &scopes, qint64 head) { onCommandApplied(scopes, head, {}); }
    CommandWriter &writer() { return *m_writer; }

private:
    void accept(QSslSocket *socket);
    // Tells a connection over the limits why, then closes it.
    void refuse(QSslSocket *socket, const QString &reason);
    int connectionsFrom(const QHostAddress &address) const;
    void onCommandApplied(const QSet<qint64> &scopes, qint64 head, const QList<qint64> &usersToDisconnect);
    void sweepSessions();

    ServerCore &m_core;
    TlsIdentity m_identity;
    ServerLimits m_limits;
    TlsListener *m_listener;
    std::unique_ptr<CommandWriter> m_writer;
    bool m_writerStarted = false;
    QList<ServerConnection *> m_connections;
    int m_refusalsClosing = 0;
    QTimer m_sweepTimer;
};

} // namespace gridsafe
