#include "ui/OfflineBanner.h"

#include "core/ClientSession.h"
#include "core/Replica.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace gridsafe {

OfflineBanner::OfflineBanner(ClientSession &session, QWidget *parent) :
    QFrame(parent),
    m_session(session),
    m_text(new QLabel(this)),
    m_retry(new QPushButton(tr("Try again now"), this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    // Amber like a warning, with dark text: readable in both light and dark desktop themes.
    setStyleSheet(QStringLiteral("#offlineBanner { background: #fff3cd; border-bottom: 1px solid #e0c36a; }"
                                 "#offlineBanner QLabel { color: #5c4400; }"));
    // It wraps to the window's width; it never makes the window wider.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Maximum);
    m_text->setObjectName(QStringLiteral("offlineBannerText"));
    m_text->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("offlineRetryButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, &m_session, &ClientSession::reconnectNow);
    connect(&m_session, &ClientSession::linkStateChanged, this, &OfflineBanner::update);
    connect(&m_session, &ClientSession::connectionFailed, this, &OfflineBanner::update);
    hide();
    update();
}

void OfflineBanner::update()
{
    const ClientSession::LinkState state = m_session.linkState();
    if (state == ClientSession::LinkState::Online) {
        hide();
        return;
    }
    // While a retry is under way the banner stays as it was: it does not flicker.
    if (state == ClientSession::LinkState::Connecting) {
        m_retry->setEnabled(false);
        return;
    }
    m_retry->setEnabled(true);
    const QDateTime lastSync = m_session.replica() ? m_session.replica()->lastSyncAt() : QDateTime();
    const QString copyFrom =
        lastSync.isValid() ? tr("the local copy from %1")
                                 .arg(lastSync.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           : tr("the local copy");
    QString text = tr("<b>Offline</b> — the server %1 cannot be reached. You are working with %2; "
                      "your changes are kept on this computer and sent when the connection is back.")
                       .arg(m_session.address().toString().toHtmlEscaped(), copyFrom);
    if (!m_session.lastConnectionError().isEmpty())
        text += QStringLiteral("<br><small>%1</small>").arg(m_session.lastConnectionError().toHtmlEscaped());
    m_text->setText(text);
    show();
}

} // namespace gridsafe
