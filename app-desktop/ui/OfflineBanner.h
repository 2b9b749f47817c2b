#pragma once
// 离线 — the strip across the top of the main window while the server cannot be reached: it
// says that what the user sees is the local copy (and from when), that changes are kept and
// sent later, and offers to try again now.

#include <QFrame>

class QLabel;
class QPushButton;

namespace gridsafe {

class ClientSession;

class OfflineBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OfflineBanner(ClientSession &session, QWidget *parent = nullptr);

private:
    void update();

    ClientSession &m_session;
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace gridsafe
