#pragma once
// 设置 — an administrator's set-up of the deployment: the accounts (用户) and the region tree
// (区划). Other roles do not see this page.

#include <QWidget>

class QTabWidget;

namespace gridsafe {

class ClientSession;
struct OutboxEntry;
class RegionsPanel;
class UsersPanel;

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(ClientSession &session, QWidget *parent = nullptr);

    UsersPanel &usersPanel() const { return *m_users; }
    RegionsPanel &regionsPanel() const { return *m_regions; }
    bool reopenRefused(const OutboxEntry &refused);

protected:
    void showEvent(QShowEvent *event) override;

private:
    ClientSession *m_session = nullptr;
    bool m_tabChosen = false;
    QTabWidget *m_tabs;
    UsersPanel *m_users;
    RegionsPanel *m_regions;
};

} // namespace gridsafe
