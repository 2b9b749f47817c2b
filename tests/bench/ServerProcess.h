#pragma once
// A real gridsafe-server process for the benchmarks: its writer and network threads do not
// share a process (or a peak memory figure) with the clients measuring it.

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace gridsafe::bench {

class ServerProcess
{
public:
    // On `dataDir`, or on a temporary folder of its own when empty.
    explicit ServerProcess(const QString &dataDir = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts it on a free loopback port with `arguments` added (e.g. --demo-minimal) and
    // waits until it listens; false (with its output printed) if it does not.
    bool start(const QStringList &arguments);
    quint16 port() const { return m_port; }
    QString fingerprint() const { return m_fingerprint; }
    QString databasePath() const;
    // The server's peak resident memory so far (VmHWM), in MiB; -1 if unknown.
    double peakRssMb() const;

private:
    QTemporaryDir m_ownDir;
    QString m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_fingerprint;
};

// This process's peak resident memory (VmHWM), in MiB, and a way to start measuring afresh.
double ownPeakRssMb();
void resetOwnPeakRss();

} // namespace gridsafe::bench
