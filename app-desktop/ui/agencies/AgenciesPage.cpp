#include "ui/agencies/AgenciesPage.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "ui/agencies/AgencyEditDialog.h"
#include "ui/agencies/AgencyTableModel.h"
#include "ui/agencies/AgencyTownPanel.h"
#include "ui/agencies/ContractDialog.h"
#include "ui/agencies/ContractTerminateDialog.h"
#include "ui/agencies/EngagementDialog.h"
#include "ui/agencies/RecordTableView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace gridsafe {

AgenciesPage::AgenciesPage(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_session(session),
    m_agencies(new AgencyTableModel(*session.replica(), this))
{
    setObjectName(QStringLiteral("agenciesPage"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("agenciesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildRegister());
    m_townPanel = new AgencyTownPanel(
        session,
        [this] {
            const std::optional<Agency> agency = selectedAgency();
            return agency ? std::optional(agency->id) : std::nullopt;
        },
        splitter);
    splitter->addWidget(m_townPanel);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600}); // shared in this proportion
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    buildActions();

    connect(m_agencies, &AgencyTableModel::reloaded, this, &AgenciesPage::updateCounts);
    connect(m_search, &QLineEdit::textChanged, m_agencies, &AgencyTableModel::setSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgenciesPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, m_editAction, &QAction::trigger);
    connect(m_newButton, &QPushButton::clicked, this,
            [this] { openDialog(new AgencyEditDialog(m_session, this)); });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<Agency> agency = selectedAgency())
            openDialog(new AgencyEditDialog(m_session, *agency, this));
    });
    updateCounts();
}

QWidget *AgenciesPage::buildRegister()
{
    auto *area = new QWidget(this);
    m_search = new QLineEdit(area);
    m_search->setObjectName(QStringLiteral("agencySearchEdit"));
    m_search->setPlaceholderText(tr("Find by name, credit code or contact (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(150);
    m_search->setMaximumWidth(320);
    m_counts = new QLabel(area);
    m_counts->setObjectName(QStringLiteral("agencyCounts"));
    m_counts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Its text changes with every sync: it must not change how small the window may be.
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    //: 新建技术服务机构
    m_newButton = new QPushButton(tr("&New agency…"), area);
    m_newButton->setObjectName(QStringLiteral("newAgencyButton"));
    //: 编辑技术服务机构
    m_editButton = new QPushButton(tr("&Edit agency…"), area);
    m_editButton->setObjectName(QStringLiteral("editAgencyButton"));
    m_table = new RecordTableView(m_agencies, AgencyTableModel::AgencyIdRole, AgencyTableModel::Name, area);
    m_table->setObjectName(QStringLiteral("agencyTable"));
    //: 技术服务机构名录（按成长值排名）
    auto *heading = new QLabel(tr("&Technical service agencies, ranked by growth value"), area);
    heading->setObjectName(QStringLiteral("agencyHeading"));
    heading->setBuddy(m_table);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading, 2);
    headingRow->addWidget(m_counts, 1);
    auto *toolRow = new QHBoxLayout;
    toolRow->addWidget(m_search, 1);
    toolRow->addWidget(m_newButton);
    toolRow->addWidget(m_editButton);
    toolRow->addStretch(0);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(headingRow);
    layout->addLayout(toolRow);
    layout->addWidget(m_table, 1);
    return area;
}

void AgenciesPage::buildActions()
{
    m_findAction = new QAction(tr("&Find agency…"), this);
    m_findAction->setObjectName(QStringLiteral("findAgencyAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_editAction = new QAction(tr("&Edit agency…"), this);
    m_editAction->setObjectName(QStringLiteral("editAgencyAction"));
    m_editAction->setShortcut(Qt::Key_F2);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (m_editButton->isEnabled()
            && roleMayRun(m_session.user().role, QString::fromLatin1(cmd::kAgencyUpdate)))
            m_editButton->click();
    });
    for (QAction *action : {m_findAction, m_editAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // Enter on an agency opens it, as a double click does.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, m_editAction, &QAction::trigger);
    }
}

QList<QAction *> AgenciesPage::agencyActions() const
{
    return {m_findAction, m_editAction};
}

std::optional<Agency> AgenciesPage::selectedAgency() const
{
    return m_agencies->agencyAt(m_table->selectedRow());
}

void AgenciesPage::updateCounts()
{
    const int total = m_agencies->totalCount();
    int listed = 0;
    for (int row = 0; row < m_agencies->rowCount(); ++row)
        listed += m_agencies->index(row, 0).data(AgencyTableModel::OnCityListRole).toBool() ? 1 : 0;
    QString text;
    if (total == 0)
        text = tr("No agencies registered yet.");
    else if (m_agencies->rowCount() < total)
        text = tr("%1 shown · %n agency(ies)", nullptr, total).arg(m_agencies->rowCount());
    else
        //: 共 %n 家，其中 %1 家列入市级名录
        text = tr("%n agency(ies), %1 on the city's list", nullptr, total).arg(listed);
    m_counts->setText(text);
    updateButtons();
}

void AgenciesPage::updateButtons()
{
    // What the role may never do is not offered; Edit waits for a selection.
    const Role role = m_session.user().role;
    const bool mayUpdate = roleMayRun(role, QString::fromLatin1(cmd::kAgencyUpdate));
    m_newButton->setVisible(roleMayRun(role, QString::fromLatin1(cmd::kAgencyCreate)));
    m_editButton->setVisible(mayUpdate);
    m_editButton->setEnabled(selectedAgency().has_value());
    m_editAction->setEnabled(mayUpdate && selectedAgency().has_value());
}

void AgenciesPage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool AgenciesPage::reopenRefused(const OutboxEntry &refused)
{
    QDialog *dialog = AgencyEditDialog::reopen(m_session, refused, this);
    if (!dialog)
        dialog = ContractDialog::reopen(m_session, refused, m_townPanel);
    if (!dialog)
        dialog = ContractTerminateDialog::reopen(m_session, refused, m_townPanel);
    if (!dialog)
        dialog = EngagementDialog::reopen(m_session, refused, m_townPanel);
    if (!dialog)
        return false;
    openDialog(dialog);
    return true;
}

} // namespace gridsafe
