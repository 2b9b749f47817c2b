#pragma once
// Ends the event loop on SIGTERM or SIGINT. The handler only writes a byte to a pipe (the
// one thing a signal handler may safely do); the event loop reads it and quits, so the
// server closes its database cleanly when systemd or Ctrl+C stops it.

#include <QObject>

class QSocketNotifier;

namespace gridsafe {

class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    static void handle(int signal);

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace gridsafe
