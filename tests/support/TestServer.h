#pragma once
// A real GridSafe server for tests: temporary data folder, real SQLite file, real TLS on
// an ephemeral loopback port, optionally seeded with the demo data, and a fake clock.

#include "FakeClock.h"
#include "core/ServerAddress.h"
#include "network/ServerLimits.h"

#include <QCborMap>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace gridsafe {
class GridSafeServer;
class ServerCore;
} // namespace gridsafe

namespace gridsafe::test {

class TestServer
{
public:
    explicit TestServer(bool demo = true, std::chrono::seconds idleTimeout = std::chrono::hours(1),
                        const ServerLimits &limits = {});
    ~TestServer();

    ServerCore &core() { return *m_core; }
    GridSafeServer &server() { return *m_server; }
    FakeClock &clock() { return m_clock; }
    quint16 port() const;
    ServerAddress address() const;
    QString fingerprint() const;
    QString dataDir() const { return m_dir.path(); }
    // Id of a region by name (towns and villages of the demo data).
    qint64 regionId(const QString &name) const;
    qint64 gridId(const QString &name) const;
    // Runs a command as a demo user on the server itself and notes the connected clients,
    // as if another desktop had sent it; throws with the server's message when refused.
    QCborMap run(const QString &username, const char *command, const QCborMap &args);
    // An inspector of `town` with a passed exam and a certificate valid for years (admin).
    qint64 certifiedInspector(const QString &town, const QString &name);
    void assignInspector(const QString &gridName, qint64 inspectorId);
    // Whether the server holds an active grid of this name (for waiting on one).
    bool hasGrid(const QString &name) const;
    // Drops the listener and every connection, as a server crash or a cut cable would.
    void stop();
    // Listens again on the same port with the same data.
    void restart();
    // Stops, replaces the database by the backup (as `gridsafe-server restore` does), and
    // listens again on the same port.
    void restoreFrom(const QString &backupPath);

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<ServerCore> m_core;
    std::unique_ptr<GridSafeServer> m_server;
    ServerLimits m_limits;
    quint16 m_port = 0;
};

} // namespace gridsafe::test
