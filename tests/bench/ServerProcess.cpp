#include "ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>

#include <iostream>

namespace gridsafe::bench {

namespace {

double peakRssOf(const QString &statusPath)
{
    QFile status(statusPath);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

ServerProcess::ServerProcess(const QString &dataDir) :
    m_dataDir(dataDir.isEmpty() ? m_ownDir.path() : dataDir)
{}

ServerProcess::~ServerProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

bool ServerProcess::start(const QStringList &arguments)
{
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    m_process.setProgram(QStringLiteral(GRIDSAFE_SERVER_BINARY));
    m_process.setArguments(QStringList{QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:%1").arg(m_port),
                                       QStringLiteral("--language"), QStringLiteral("en")}
                           + arguments);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    QByteArray output;
    QElapsedTimer waited;
    waited.start();
    static const QRegularExpression fingerprint(QStringLiteral("((?:[0-9A-F]{2}:){31}[0-9A-F]{2})"));
    while (waited.elapsed() < 120000) {
        if (const auto match = fingerprint.match(QString::fromUtf8(output)); match.hasMatch()) {
            m_fingerprint = match.captured(1);
            break;
        }
        if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
            break;
        output += m_process.readAll();
    }
    if (m_fingerprint.isEmpty()) {
        std::cerr << "gridsafe-server did not start: " << output.toStdString() << '\n';
        return false;
    }
    // Whatever it logs later is read and dropped, so it never blocks on a full pipe.
    QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] { m_process.readAll(); });
    return true;
}

QString ServerProcess::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("gridsafe.sqlite"));
}

double ServerProcess::peakRssMb() const
{
    return peakRssOf(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
}

double ownPeakRssMb()
{
    return peakRssOf(QStringLiteral("/proc/self/status"));
}

void resetOwnPeakRss()
{
    // Linux: writing 5 to clear_refs resets VmHWM to the current resident size.
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace gridsafe::bench
