#pragma once
// The listening side: a TLS server that hands each encrypted connection to a
// ServerConnection and fans "changed" notes out to the connections that may see them.

#include "network/TlsIdentity.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QSslServer;

namespace gridsafe {

class ServerConnection;
class ServerCore;

class GridSafeServer : public QObject
{
    Q_OBJECT

public:
    GridSafeServer(ServerCore &core, TlsIdentity identity, QObject *parent = nullptr);
    ~GridSafeServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QString fingerprint() const { return m_identity.fingerprint(); }
    int connectionCount() const { return int(m_connections.size()); }

private:
    void acceptPending();
    void onCommandApplied(const QSet<qint64> &scopes, qint64 head, const QList<qint64> &usersToDisconnect);
    void sweepSessions();

    ServerCore &m_core;
    TlsIdentity m_identity;
    QSslServer *m_server;
    QList<ServerConnection *> m_connections;
    QTimer m_sweepTimer;
};

} // namespace gridsafe
