#pragma once
// The register page's actions, for the roles that may take them: new (Ctrl+N), edit (F2,
// Enter or a double click), supervision of the selected enterprises (grid or the town
// directly), a risk report, the history, and import. Buttons are enabled by the selection.
// Owned by the page.

#include "domain/Enterprise.h"

#include <QObject>

#include <optional>

class QPushButton;

namespace gridsafe {

class ClientSession;
class EnterprisesPage;

class EnterpriseActions : public QObject
{
    Q_OBJECT

public:
    EnterpriseActions(ClientSession &session, EnterprisesPage &page);

    void createEnterprise();
    void editEnterprise(qint64 enterpriseId);
    void superviseSelected();
    void recordRiskReport();
    void showHistory();
    void importFile();

private:
    QPushButton *addButton(const QString &text, const char *objectName, const QString &tip);
    void updateButtons();
    std::optional<Enterprise> shownEnterprise(qint64 enterpriseId) const;
    QString nameOf(qint64 enterpriseId) const;

    ClientSession &m_session;
    EnterprisesPage &m_page;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_supervise = nullptr;
    QPushButton *m_risk = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace gridsafe
