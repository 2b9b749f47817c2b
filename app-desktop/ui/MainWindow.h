#pragma once
// The main window: a menu bar (file, the page's actions, the user, settings, help),
// navigation between the work areas on the left, the current area's page on the right, the
// session's state in the status bar. Areas not built yet are listed but disabled, so users
// see what is coming without meeting empty screens.

#include "domain/CoverageGaps.h"

#include <QMainWindow>
#include <QPointer>

class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace gridsafe {

class ClientSession;
struct Error;
class AgenciesPage;
class DashboardPage;
class EnterprisesPage;
class FilingsPage;
class GridMapPage;
class InspectorsPage;
class GridsPage;
class SettingsPage;

class HelpDialog;
struct OutboxEntry;
class OutboxDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClientSession &session, QWidget *parent = nullptr);

    GridsPage &gridsPage() const { return *m_gridsPage; }
    FilingsPage &filingsPage() const { return *m_filingsPage; }
    InspectorsPage &inspectorsPage() const { return *m_inspectorsPage; }
    EnterprisesPage &enterprisesPage() const { return *m_enterprisesPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }

Q_SIGNALS:
    // The server ended the session and the user read why: time to log in again.
    void loginAgainRequested();
    // The user chose 退出登录 (or 切换用户, with `switchUser`), and confirmed it.
    void logoutRequested(bool switchUser);
    // The user chose another language ("zh_CN" or "en"); it applies at the next start.
    void languageChosen(const QString &language);

private:
    void buildNavigation();
    void buildMenus();
    void confirmLogout(bool switchUser);
    void showAbout();
    // A refused change reopens in the dialog it came from; false when none can take it.
    bool reopenRefused(const OutboxEntry &refused);
    void showHelp();
    void onCommandRejected(const QString &commandId, const Error &error);
    void onSessionEnded(const QString &reason);
    void showOutbox();
    // Leads from a gap on the dashboard to where it is fixed.
    void goToGap(const CoverageGap &gap);
    // Opens a work area (a page of the navigation) and, within it, one of its tabs.
    void showArea(QWidget *page);

    ClientSession &m_session;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    // 网格: the division (grids), its filings, the grid map and the technical service
    // agencies, as tabs.
    QTabWidget *m_gridArea;
    GridsPage *m_gridsPage;
    FilingsPage *m_filingsPage;
    GridMapPage *m_mapPage;
    AgenciesPage *m_agenciesPage;
    InspectorsPage *m_inspectorsPage;
    EnterprisesPage *m_enterprisesPage;
    DashboardPage *m_dashboardPage;
    SettingsPage *m_settingsPage = nullptr; // administrators only
    QPointer<OutboxDialog> m_outboxDialog;
    QPointer<HelpDialog> m_helpDialog;
};

} // namespace gridsafe
