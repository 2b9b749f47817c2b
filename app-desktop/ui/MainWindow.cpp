#include "ui/MainWindow.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "ui/AboutDialog.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/HelpDialog.h"
#include "ui/OfflineBanner.h"
#include "ui/SessionStatusBar.h"
#include "ui/admin/SettingsPage.h"
#include "ui/agencies/AgenciesPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/enterprises/EnterpriseActions.h"
#include "ui/enterprises/EnterpriseDialogs.h"
#include "ui/enterprises/EnterprisesPage.h"
#include "ui/filings/FilingsPage.h"
#include "ui/grids/GridsPage.h"
#include "ui/grids/RegionEditDialog.h"
#include "ui/inspectors/InspectorTrainingButtons.h"
#include "ui/inspectors/InspectorsPage.h"
#include "ui/map/GridMapPage.h"
#include "ui/outbox/OutboxDialog.h"
#include "ui/training/TrainingDialogs.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
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
    m_gridArea(new QTabWidget(m_pages)),
    m_gridsPage(new GridsPage(session, m_gridArea)),
    m_filingsPage(new FilingsPage(session, m_gridArea)),
    m_mapPage(new GridMapPage(session, m_gridArea)),
    m_agenciesPage(new AgenciesPage(session, m_gridArea)),
    m_inspectorsPage(new InspectorsPage(session, m_pages)),
    m_enterprisesPage(new EnterprisesPage(session, m_pages)),
    m_dashboardPage(new DashboardPage(session, m_pages))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The product name is a brand and reads the same in every language.
    const UserInfo &user = m_session.user();
    setWindowTitle(QStringLiteral("网格安监 GridSafe — %1")
                       .arg(user.displayName.isEmpty() ? user.username : user.displayName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gridsafe.svg")));
    m_gridArea->setObjectName(QStringLiteral("gridAreaTabs"));
    m_gridArea->setDocumentMode(true);
    //: 网格划分
    m_gridArea->addTab(m_gridsPage, tr("Division"));
    //: 备案
    m_gridArea->addTab(m_filingsPage, tr("Filings"));
    //: 网格一张图
    m_gridArea->addTab(m_mapPage, tr("Map"));
    //: 技术支撑
    m_gridArea->addTab(m_agenciesPage, tr("Technical support"));
    m_pages->addWidget(m_gridArea);
    m_pages->addWidget(m_inspectorsPage);
    m_pages->addWidget(m_enterprisesPage);
    new EnterpriseActions(m_session, *m_enterprisesPage);
    new InspectorTrainingButtons(m_session, *m_inspectorsPage);
    m_pages->addWidget(m_dashboardPage);
    connect(m_dashboardPage, &DashboardPage::gapActivated, this, &MainWindow::goToGap);
    // A click on the map leads to the grid in its list, or to the village in no grid.
    connect(m_mapPage, &GridMapPage::gridActivated, this, [this](qint64 townId, qint64 gridId) {
        showArea(m_gridsPage);
        m_gridsPage->showGrid(townId, gridId);
    });
    connect(m_mapPage, &GridMapPage::uncoveredAreaActivated, this, [this](qint64, qint64 regionId) {
        showArea(m_gridsPage);
        m_gridsPage->showRegion(regionId);
    });
    // Setting up the deployment (accounts, regions) is the administrators' work.
    if (m_session.user().role == Role::Admin) {
        m_settingsPage = new SettingsPage(m_session, m_pages);
        m_pages->addWidget(m_settingsPage);
    }
    buildNavigation();
    buildMenus();

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
    m_navigation->setSpacing(4); // also insets the items from the edges
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_navigation->setFont(font);

    struct Area
    {
        QString title;
        const char *icon;
        QWidget *page; // nullptr: not built yet
    };
    const Area areas[] = {
        {tr("Dashboard"), "dashboard", m_dashboardPage},
        {tr("Grids"), "grids", m_gridArea},
        {tr("Inspectors"), "inspectors", m_inspectorsPage},
        {tr("Enterprises"), "enterprises", m_enterprisesPage},
        {tr("Patrols"), "patrols", nullptr},
        {tr("Hazards"), "hazards", nullptr},
        {tr("Appraisal"), "appraisal", nullptr},
        {tr("Reports"), "reports", nullptr},
        {tr("Settings"), "settings", m_settingsPage},
    };
    m_navigation->setIconSize(QSize(20, 20));
    QListWidgetItem *start = nullptr;
    for (const Area &area : areas) {
        auto *item =
            new QListWidgetItem(QIcon(QStringLiteral(":/icons/nav-%1.svg").arg(QLatin1String(area.icon))),
                                area.title, m_navigation);
        // Nine areas fit without scrolling even at 150 % on a 1366×768 screen.
        item->setSizeHint(QSize(0, 32));
        if (area.page) {
            item->setData(kPageRole, m_pages->indexOf(area.page));
            if (area.page == m_gridArea)
                start = item;
        } else {
            item->setFlags(Qt::NoItemFlags);
            item->setToolTip(QLatin1String(area.icon) == QLatin1String("settings")
                                 ? tr("For administrators")
                                 : tr("Coming in a later release"));
        }
    }
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current && current->data(kPageRole).isValid())
            m_pages->setCurrentIndex(current->data(kPageRole).toInt());
    });
    m_navigation->setCurrentItem(start);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *sync = file->addAction(tr("&Sync now"), &m_session, &ClientSession::reconnectNow);
    sync->setObjectName(QStringLiteral("syncNowAction"));
    sync->setShortcut(QKeySequence::Refresh); // F5
    connect(sync, &QAction::triggered, &m_session, &ClientSession::syncNow);
    QAction *outbox = file->addAction(tr("&Waiting changes…"), this, &MainWindow::showOutbox);
    outbox->setObjectName(QStringLiteral("showOutboxAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *grids = menuBar()->addMenu(tr("&Grids"));
    grids->setObjectName(QStringLiteral("gridsMenu"));
    grids->addActions(m_gridsPage->gridActions());
    QMenu *inspectors = menuBar()->addMenu(tr("&Inspectors"));
    inspectors->setObjectName(QStringLiteral("inspectorsMenu"));
    inspectors->addActions(m_inspectorsPage->inspectorActions());

    const UserInfo &user = m_session.user();
    QMenu *account = menuBar()->addMenu(
        tr("&User: %1").arg(user.displayName.isEmpty() ? user.username : user.displayName));
    account->setObjectName(QStringLiteral("userMenu"));
    QAction *password = account->addAction(tr("&Change password…"), this, [this] {
        auto *dialog = new ChangePasswordDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    password->setObjectName(QStringLiteral("changePasswordAction"));
    account->addSeparator();
    QAction *switchUser = account->addAction(tr("&Switch user…"), this, [this] { confirmLogout(true); });
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    QAction *logout = account->addAction(tr("&Log out"), this, [this] { confirmLogout(false); });
    logout->setObjectName(QStringLiteral("logoutAction"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    const QString current =
        QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    // Each language is named in itself, so it can be found whatever the current one is.
    for (const auto &[code, name] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *choice = language->addAction(name);
        choice->setObjectName(QStringLiteral("language_%1").arg(code));
        choice->setCheckable(true);
        choice->setChecked(code == current);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code = code] {
            Q_EMIT languageChosen(code);
            auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                        tr("The new language applies the next time GridSafe starts."),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("languageChosenBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(tr("User &guide"), this, &MainWindow::showHelp);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents); // F1
    QAction *about = help->addAction(tr("&About GridSafe"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::confirmLogout(bool switchUser)
{
    const int waiting = m_session.outbox() ? int(m_session.outbox()->entries().size()) : 0;
    if (waiting == 0) {
        Q_EMIT logoutRequested(switchUser);
        return;
    }
    // Nothing is lost: the queue stays in this user's local file and goes at their next login.
    auto *box = new QMessageBox(
        QMessageBox::Warning, switchUser ? tr("Switch user") : tr("Log out"),
        tr("%n change(s) have not reached the server yet. They stay on this computer and are sent "
           "the next time %1 logs in here.",
           nullptr, waiting)
            .arg(m_session.user().displayName),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("logoutConfirm"));
    QPushButton *go = box->addButton(switchUser ? tr("Switch user") : tr("Log out"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("logoutConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, go, switchUser] {
        if (box->clickedButton() == go)
            Q_EMIT logoutRequested(switchUser);
    });
    box->open();
}

bool MainWindow::reopenRefused(const OutboxEntry &refused)
{
    if (m_gridsPage->reopenRefused(refused) || m_filingsPage->reopenRefused(refused)
        || m_inspectorsPage->reopenRefused(refused) || m_agenciesPage->reopenRefused(refused)
        || (m_settingsPage && m_settingsPage->reopenRefused(refused)))
        return true;
    QDialog *dialog = ChangePasswordDialog::reopen(m_session, refused, this);
    if (!dialog)
        dialog = RegionEditDialog::reopen(m_session, refused, this);
    if (!dialog)
        dialog = TrainingDialogs::reopenRefused(m_session, refused, this);
    if (!dialog)
        dialog = EnterpriseDialogs::reopenRefused(m_session, refused, this);
    if (!dialog)
        return false;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(m_session, this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showHelp()
{
    if (!m_helpDialog) {
        m_helpDialog = new HelpDialog(this);
        m_helpDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_helpDialog->show();
    m_helpDialog->raise();
    m_helpDialog->activateWindow();
}

void MainWindow::onCommandRejected(const QString &commandId, const Error &error)
{
    // Where the change came from a dialog, it reopens there with the user's values.
    const std::optional<OutboxEntry> entry = m_session.outbox()->entry(commandId);
    if (entry && reopenRefused(*entry))
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
            if (!entry || !reopenRefused(*entry))
                QMessageBox::information(
                    m_outboxDialog, tr("Correct change"),
                    tr("This change cannot be opened for correcting (its record is gone). "
                       "Discard it, or send it again."));
        });
    }
    m_outboxDialog->show();
    m_outboxDialog->raise();
    m_outboxDialog->activateWindow();
}

void MainWindow::showArea(QWidget *page)
{
    QWidget *area = page;
    while (area && m_pages->indexOf(area) < 0)
        area = area->parentWidget();
    if (!area)
        return;
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QVariant index = m_navigation->item(row)->data(kPageRole);
        if (index.isValid() && index.toInt() == m_pages->indexOf(area))
            m_navigation->setCurrentRow(row);
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(area))
        tabs->setCurrentWidget(page);
}

void MainWindow::goToGap(const CoverageGap &gap)
{
    showArea(gap.isFilingGap() ? static_cast<QWidget *>(m_filingsPage) : m_gridsPage);
    switch (gap.kind) {
    case CoverageGap::Kind::UncoveredArea:
        m_gridsPage->showRegion(gap.subjectId);
        break;
    case CoverageGap::Kind::GridWithoutInspector:
    case CoverageGap::Kind::InspectorUncertified:
    case CoverageGap::Kind::InspectorInactive:
        m_gridsPage->showGrid(gap.townId, gap.subjectId);
        break;
    case CoverageGap::Kind::FilingMissing:
    case CoverageGap::Kind::FilingReturned:
    case CoverageGap::Kind::FilingStale:
        m_filingsPage->showTown(gap.townId);
        break;
    }
}

void MainWindow::onSessionEnded(const QString &reason)
{
    // Said once: what happened, then the server's reason (which may say more).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Logged out"), tr("You have been logged out."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("sessionEndedBox"));
    box->setInformativeText(reason.isEmpty() ? tr("Log in again to continue.") : reason);
    box->button(QMessageBox::Ok)->setText(tr("Log in again"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, &MainWindow::loginAgainRequested);
    box->open();
}

} // namespace gridsafe
