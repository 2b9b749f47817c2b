#include "ui/enterprises/EnterpriseActions.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "ui/TownChooser.h"
#include "ui/enterprises/EnterpriseEditDialog.h"
#include "ui/enterprises/EnterpriseFilterBar.h"
#include "ui/enterprises/EnterpriseHistoryDialog.h"
#include "ui/enterprises/EnterpriseImportDialog.h"
#include "ui/enterprises/EnterpriseSupervisionDialog.h"
#include "ui/enterprises/EnterpriseTableModel.h"
#include "ui/enterprises/EnterprisesPage.h"
#include "ui/enterprises/RiskReportDialog.h"

#include <QPushButton>
#include <QShortcut>

#include <algorithm>

namespace gridsafe {

namespace {

template <typename Dialog>
void openOwned(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

EnterpriseActions::EnterpriseActions(ClientSession &session, EnterprisesPage &page) :
    QObject(&page),
    m_session(session),
    m_page(page)
{
    const Role role = session.user().role;
    const bool keeps = roleMayRun(role, QString::fromLatin1(cmd::kEnterpriseUpdate));
    m_new = addButton(tr("&New…"), "enterpriseNew", tr("Register an enterprise (Ctrl+N)"));
    m_edit = addButton(keeps ? tr("&Edit…") : tr("&Open…"), "enterpriseEdit",
                       tr("The enterprise's information (F2)"));
    m_supervise =
        addButton(tr("&Grid or direct…"), "enterpriseSupervise",
                  tr("Put the selected enterprises in a grid, or under the town's direct supervision"));
    m_risk =
        addButton(tr("&Risk report…"), "enterpriseRisk", tr("Record the enterprise's latest risk report"));
    m_history = addButton(tr("&History…"), "enterpriseHistory", tr("What changed, when and by whom"));
    m_import =
        addButton(tr("&Import…"), "enterpriseImport", tr("Import enterprises from an Excel or CSV file"));
    m_new->setVisible(roleMayRun(role, QString::fromLatin1(cmd::kEnterpriseCreate)));
    m_supervise->setVisible(roleMayRun(role, QString::fromLatin1(cmd::kEnterpriseSetSupervision)));
    m_risk->setVisible(roleMayRun(role, QString::fromLatin1(cmd::kEnterpriseRecordRiskReport)));
    m_import->setVisible(roleMayRun(role, QString::fromLatin1(cmd::kEnterpriseImport)));

    connect(m_new, &QPushButton::clicked, this, &EnterpriseActions::createEnterprise);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto id = m_page.currentId())
            editEnterprise(*id);
    });
    connect(m_supervise, &QPushButton::clicked, this, &EnterpriseActions::superviseSelected);
    connect(m_risk, &QPushButton::clicked, this, &EnterpriseActions::recordRiskReport);
    connect(m_history, &QPushButton::clicked, this, &EnterpriseActions::showHistory);
    connect(m_import, &QPushButton::clicked, this, &EnterpriseActions::importFile);
    connect(&m_page, &EnterprisesPage::activated, this, &EnterpriseActions::editEnterprise);
    connect(&m_page, &EnterprisesPage::selectionChanged, this, &EnterpriseActions::updateButtons);
    auto *create = new QShortcut(QKeySequence::New, &m_page);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, [this] {
        if (m_new->isVisible())
            createEnterprise();
    });
    auto *edit = new QShortcut(QKeySequence(Qt::Key_F2), &m_page);
    edit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(edit, &QShortcut::activated, m_edit, &QPushButton::click);
    updateButtons();
}

QPushButton *EnterpriseActions::addButton(const QString &text, const char *objectName, const QString &tip)
{
    auto *button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setToolTip(tip);
    m_page.addActionButton(button);
    return button;
}

void EnterpriseActions::updateButtons()
{
    const QList<qint64> selected = m_page.selectedIds();
    const bool one = m_page.currentId().has_value() && selected.size() == 1;
    // One registered offline has no server id yet: no history, and no bulk change naming it.
    const bool unsent = std::any_of(selected.cbegin(), selected.cend(), [](qint64 id) { return id < 0; });
    m_edit->setEnabled(one);
    m_risk->setEnabled(one);
    m_history->setEnabled(one && !unsent);
    m_supervise->setEnabled(!selected.isEmpty() && !unsent);
    const QString waiting = tr("Not possible until the new enterprise has been sent to the server");
    m_history->setToolTip(unsent ? waiting : tr("What changed, when and by whom"));
    m_supervise->setToolTip(
        unsent ? waiting
               : tr("Put the selected enterprises in a grid, or under the town's direct supervision"));
}

std::optional<Enterprise> EnterpriseActions::shownEnterprise(qint64 enterpriseId) const
{
    // With what waits in the outbox laid over, as the table shows it.
    if (const PendingEnterprise *pending = m_page.enterpriseModel().pending(enterpriseId))
        return pending->enterprise;
    return ReplicaEnterprises(m_session.replica()->sql()).enterprise(enterpriseId);
}

QString EnterpriseActions::nameOf(qint64 enterpriseId) const
{
    const auto enterprise = shownEnterprise(enterpriseId);
    return enterprise ? enterprise->name : QString();
}

void EnterpriseActions::createEnterprise()
{
    auto *dialog = new EnterpriseEditDialog(m_session, std::nullopt, &m_page);
    if (const std::optional<qint64> town = m_page.filterBar()->townChooser()->town())
        dialog->setTown(*town);
    openOwned(dialog);
}

void EnterpriseActions::editEnterprise(qint64 enterpriseId)
{
    const auto enterprise = shownEnterprise(enterpriseId);
    if (!enterprise)
        return;
    auto *dialog = new EnterpriseEditDialog(m_session, enterprise, &m_page);
    // A further edit builds on the queued one: it takes that one's revision (and, for an
    // enterprise registered offline, its id) once the server has applied it.
    if (const PendingEnterprise *pending = m_page.enterpriseModel().pending(enterpriseId))
        dialog->setBuildsOn(pending->lastRevisionCommand);
    openOwned(dialog);
}

void EnterpriseActions::superviseSelected()
{
    EnterpriseSupervisionDialog::openFor(m_session, m_page.selectedIds(), &m_page);
}

void EnterpriseActions::recordRiskReport()
{
    const auto id = m_page.currentId();
    if (!id)
        return;
    auto *dialog = new RiskReportDialog(m_session, *id, nameOf(*id), &m_page);
    if (const PendingEnterprise *pending = m_page.enterpriseModel().pending(*id); pending && *id < 0)
        dialog->setBuildsOn(pending->creationCommand);
    openOwned(dialog);
}

void EnterpriseActions::showHistory()
{
    if (const auto id = m_page.currentId())
        openOwned(new EnterpriseHistoryDialog(m_session, *id, nameOf(*id), &m_page));
}

void EnterpriseActions::importFile()
{
    auto *dialog = new EnterpriseImportDialog(m_session, &m_page);
    connect(dialog, &EnterpriseImportDialog::imported, &m_page,
            [this] { m_page.filterBar()->refreshPlaces(); });
    openOwned(dialog);
}

} // namespace gridsafe
