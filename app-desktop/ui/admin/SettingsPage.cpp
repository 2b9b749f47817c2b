#include "ui/admin/SettingsPage.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "ui/admin/RegionsPanel.h"
#include "ui/admin/UsersPanel.h"

#include <QIcon>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gridsafe {

SettingsPage::SettingsPage(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_tabs(new QTabWidget(this)),
    m_users(new UsersPanel(session, m_tabs)),
    m_regions(new RegionsPanel(session, m_tabs))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_users, QIcon(QStringLiteral(":/icons/nav-inspectors.svg")), tr("Users"));
    m_tabs->addTab(m_regions, QIcon(QStringLiteral(":/icons/town.svg")), tr("Regions"));
    m_session = &session;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // On an empty database the regions come first: nothing else works without them. (Only
    // once the replica has synced: before that, empty says nothing.)
    if (!m_tabChosen && m_session->replica()->lastSyncAt().isValid()) {
        m_tabChosen = true;
        if (m_session->replica()->regions().isEmpty())
            m_tabs->setCurrentWidget(m_regions);
    }
}

bool SettingsPage::reopenRefused(const OutboxEntry &refused)
{
    if (!m_users->reopenRefused(refused))
        return false;
    m_tabs->setCurrentWidget(m_users);
    return true;
}

} // namespace gridsafe
