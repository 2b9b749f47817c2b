#pragma once
// The main window's status bar: link state (在线/连接中/离线), commands waiting in the
// outbox (and those the server refused), the time of the last sync, and sync progress.

#include <QStatusBar>

class QLabel;
class QProgressBar;

namespace gridsafe {

class ClientSession;

class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SessionStatusBar(ClientSession &session, QWidget *parent = nullptr);

Q_SIGNALS:
    // The user clicked "Show…" next to the outbox count.
    void outboxRequested();

private:
    void showLinkState();
    void showOutbox();
    void showLastSync();
    void onSyncProgress(qint64 done, qint64 total);
    void onSyncFinished(bool ok, const QString &message);

    ClientSession &m_session;
    QLabel *m_linkState;
    QLabel *m_outbox;
    QLabel *m_lastSync;
    QProgressBar *m_progress;
};

} // namespace gridsafe
