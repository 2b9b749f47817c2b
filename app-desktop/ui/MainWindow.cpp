#include "ui/MainWindow.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "ui/OfflineBanner.h"
#include "ui/SessionStatusBar.h"
#include "ui/grids/GridsPage.h"
#include "ui/outbox/OutboxDialog.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gridsafe {

namespace {

constexpr int kPageRole = Qt::UserRole + 1;

} // namespace

MainWindow::MainWindow(ClientSession &session, QWidget *parent) :
    QMainWindow(parent),
    m_session(session),
    m_navigation(new QListWidget(this)),
    m_pages(new QStackedWidget(this)),
    m_gridsPage(new GridsPage(session, m_pages))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The product name is a brand and reads the same in every language.
    const UserInfo &user = m_session.user();
    setWindowTitle(QStringLiteral("网格安监 GridSafe — %1")
                       .arg(user.displayName.isEmpty() ? user.username : user.displayName));
    m_pages->addWidget(m_gridsPage);
    buildNavigation();

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(new OfflineBanner(m_session, central));
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    column->addLayout(layout, 1);
    setCentralWidget(central);
    auto *statusBar = new SessionStatusBar(m_session, this);
    connect(statusBar, &SessionStatusBar::outboxRequested, this, &MainWindow::showOutbox);
    setStatusBar(statusBar);

    connect(&m_session, &ClientSession::commandRejected, this, &MainWindow::onCommandRejected);
    connect(&m_session, &ClientSession::sessionEnded, this, &MainWindow::onSessionEnded);
}

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFixedWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(6); // also insets the items from the edges
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_navigation->setFont(font);

    struct Area
    {
        QString title;
        QWidget *page; // nullptr: not built yet
    };
    const Area areas[] = {
        {tr("Dashboard"), nullptr},   {tr("Grids"), m_gridsPage}, {tr("Inspectors"), nullptr},
        {tr("Enterprises"), nullptr}, {tr("Patrols"), nullptr},   {tr("Hazards"), nullptr},
        {tr("Appraisal"), nullptr},   {tr("Reports"), nullptr},   {tr("Settings"), nullptr},
    };
    QListWidgetItem *start = nullptr;
    for (const Area &area : areas) {
        auto *item = new QListWidgetItem(area.title, m_navigation);
        item->setSizeHint(QSize(0, 36));
        if (area.page) {
            item->setData(kPageRole, m_pages->indexOf(area.page));
            if (area.page == m_gridsPage)
                start = item;
        } else {
            item->setFlags(Qt::NoItemFlags);
            item->setToolTip(tr("Coming in a later release"));
        }
    }
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current && current->data(kPageRole).isValid())
            m_pages->setCurrentIndex(current->data(kPageRole).toInt());
    });
    m_navigation->setCurrentItem(start);
}

void MainWindow::onCommandRejected(const QString &commandId, const Error &error)
{
    // Where the change came from a dialog, it reopens there with the user's values.
    const std::optional<OutboxEntry> entry = m_session.outbox()->entry(commandId);
    if (entry && m_gridsPage->reopenRefused(*entry))
        return;
    const QString summary = entry ? entry->summary : QString();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Change refused"),
                                summary.isEmpty() ? tr("The server refused a change.")
                                                  : tr("The server refused this change: %1").arg(summary),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("commandRejectedBox"));
    box->setInformativeText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The refused change waits in the outbox until the user sends it again or discards it.
    QPushButton *show = box->addButton(tr("Show waiting changes…"), QMessageBox::ActionRole);
    show->setObjectName(QStringLiteral("showOutboxButton"));
    connect(box, &QMessageBox::finished, this, [this, box, show] {
        if (box->clickedButton() == show)
            showOutbox();
    });
    box->open();
}

void MainWindow::showOutbox()
{
    if (!m_outboxDialog) {
        m_outboxDialog = new OutboxDialog(m_session, this);
        m_outboxDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_outboxDialog, &OutboxDialog::correctionRequested, this, [this](const QString &commandId) {
            const std::optional<OutboxEntry> entry = m_session.outbox()->entry(commandId);
            if (!entry || !m_gridsPage->reopenRefused(*entry))
                QMessageBox::information(m_outboxDialog, tr("Correct change"),
                                         tr("This change cannot be opened for correcting (its record is gone). "
                                            "Discard it, or send it again."));
        });
    }
    m_outboxDialog->show();
    m_outboxDialog->raise();
    m_outboxDialog->activateWindow();
}

void MainWindow::onSessionEnded(const QString &reason)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Logged out"),
                                tr("The server ended your session. Log in again to continue."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("sessionEndedBox"));
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, &MainWindow::loginAgainRequested);
    box->open();
}

} // namespace gridsafe
