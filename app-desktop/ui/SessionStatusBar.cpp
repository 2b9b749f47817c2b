#include "ui/SessionStatusBar.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"

#include <QLabel>
#include <QSizePolicy>

#include <QProgressBar>
#include <algorithm>

namespace gridsafe {

namespace {

constexpr int kMessageTimeoutMs = 8000;

} // namespace

SessionStatusBar::SessionStatusBar(ClientSession &session, QWidget *parent) :
    QStatusBar(parent),
    m_session(session),
    m_linkState(new QLabel(this)),
    m_outbox(new QLabel(this)),
    m_lastSync(new QLabel(this)),
    m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("sessionStatusBar"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    // The bar keeps its room while hidden, and the link state the room of its longest text:
    // a sync starting must not make the window's minimum size jump.
    QSizePolicy keepRoom = m_progress->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepRoom);
    m_progress->hide();
    m_linkState->setObjectName(QStringLiteral("linkStateLabel"));
    int widest = 0;
    for (const QString &text : {tr("Online"), tr("Connecting…"), tr("Offline")})
        widest = std::max(widest, m_linkState->fontMetrics().horizontalAdvance(text));
    m_linkState->setMinimumWidth(widest + 16);
    m_outbox->setObjectName(QStringLiteral("outboxLabel"));
    m_outbox->setTextFormat(Qt::RichText);
    m_outbox->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_outbox, &QLabel::linkActivated, this, &SessionStatusBar::outboxRequested);
    m_lastSync->setObjectName(QStringLiteral("lastSyncLabel"));
    for (QLabel *label : {m_linkState, m_outbox, m_lastSync})
        label->setContentsMargins(8, 0, 8, 0);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_outbox);
    addPermanentWidget(m_lastSync);
    addPermanentWidget(m_linkState);

    connect(&m_session, &ClientSession::linkStateChanged, this, &SessionStatusBar::showLinkState);
    connect(&m_session, &ClientSession::outboxChanged, this, &SessionStatusBar::showOutbox);
    connect(&m_session, &ClientSession::syncStarted, this, [this] {
        // Busy until the first page says how much there is.
        m_progress->setRange(0, 0);
        m_progress->setToolTip(tr("Syncing…"));
        m_progress->show();
    });
    connect(&m_session, &ClientSession::syncProgress, this, &SessionStatusBar::onSyncProgress);
    connect(&m_session, &ClientSession::syncFinished, this, &SessionStatusBar::onSyncFinished);
    connect(m_session.replica(), &Replica::changed, this, &SessionStatusBar::showLastSync);
    connect(&m_session, &ClientSession::commandApplied, this,
            [this] { showMessage(tr("The server accepted your change."), kMessageTimeoutMs); });
    showLinkState();
    showOutbox();
    showLastSync();
}

void SessionStatusBar::showLinkState()
{
    switch (m_session.linkState()) {
    case ClientSession::LinkState::Online:
        m_linkState->setText(tr("Online"));
        m_linkState->setStyleSheet(QStringLiteral("color: #1e8449;"));
        m_linkState->setToolTip(tr("Connected to %1").arg(m_session.address().toString()));
        break;
    case ClientSession::LinkState::Connecting:
        m_linkState->setText(tr("Connecting…"));
        m_linkState->setStyleSheet(QString());
        m_linkState->setToolTip(tr("Connecting to %1").arg(m_session.address().toString()));
        break;
    case ClientSession::LinkState::Offline:
        m_linkState->setText(tr("Offline"));
        m_linkState->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_linkState->setToolTip(tr("Changes are kept and sent when the connection is back."));
        break;
    }
}

void SessionStatusBar::showOutbox()
{
    const Outbox *outbox = m_session.outbox();
    if (!outbox) {
        m_outbox->clear();
        return;
    }
    const int rejected = outbox->rejectedCount();
    QString text = tr("Pending: %1").arg(outbox->pendingCount()).toHtmlEscaped();
    if (rejected > 0)
        text += QStringLiteral(" &nbsp;<span style=\"color:#c0392b; font-weight:bold;\">%1</span>")
                    .arg(tr("Rejected: %1").arg(rejected).toHtmlEscaped());
    if (rejected > 0 || outbox->pendingCount() > 0)
        text += QStringLiteral(" &nbsp;<a href=\"outbox\">%1</a>").arg(tr("Show…").toHtmlEscaped());
    m_outbox->setText(text);

    // The tooltip says what is waiting, in the user's own words.
    QStringList lines;
    for (const OutboxEntry &entry : outbox->entries()) {
        lines.append(entry.state == OutboxEntry::State::Pending
                         ? tr("Waiting: %1").arg(entry.summary)
                         : tr("Refused: %1 — %2").arg(entry.summary, entry.errorMessage));
    }
    m_outbox->setToolTip(lines.isEmpty() ? tr("No changes are waiting to be sent.")
                                         : lines.join(QLatin1Char('\n')));
}

void SessionStatusBar::showLastSync()
{
    const QDateTime at = m_session.replica()->lastSyncAt();
    m_lastSync->setText(
        at.isValid()
            ? tr("Last sync: %1").arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            : tr("Not synced yet"));
}

void SessionStatusBar::onSyncProgress(qint64 done, qint64 total)
{
    // QProgressBar counts in int; a large first sync is scaled to per mille.
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::min<qint64>(done, total) * 1000 / total));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setToolTip(tr("Syncing: %1 of %2 changes").arg(done).arg(total));
    m_progress->show();
}

void SessionStatusBar::onSyncFinished(bool ok, const QString &message)
{
    m_progress->hide();
    showLastSync();
    if (!ok)
        showMessage(tr("Sync failed: %1").arg(message), kMessageTimeoutMs);
}

} // namespace gridsafe
