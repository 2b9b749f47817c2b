#include "ui/agencies/AgencyTownPanel.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "ui/TownChooser.h"
#include "ui/agencies/ContractDialog.h"
#include "ui/agencies/ContractTableModel.h"
#include "ui/agencies/ContractTerminateDialog.h"
#include "ui/agencies/EngagementDialog.h"
#include "ui/agencies/EngagementTableModel.h"
#include "ui/agencies/RecordTableView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

AgencyTownPanel::AgencyTownPanel(ClientSession &session, std::function<std::optional<qint64>()> chosenAgency,
                                 QWidget *parent) :
    QWidget(parent),
    m_session(session),
    m_chosenAgency(std::move(chosenAgency)),
    m_contracts(new ContractTableModel(*session.replica(), this)),
    m_engagements(new EngagementTableModel(*session.replica(), this))
{
    setObjectName(QStringLiteral("agencyTownPanel"));
    buildLayout();
    connect(m_contracts, &ContractTableModel::reloaded, this, &AgencyTownPanel::updateOverlaps);
    connect(m_townBox, &TownChooser::townChanged, this, &AgencyTownPanel::onTownChosen);
    connect(m_contractTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AgencyTownPanel::updateButtons);
    connect(m_newContractButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> townId = town())
            openDialog(new ContractDialog(m_session, *townId, m_chosenAgency(), this));
    });
    connect(m_terminateButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<ServiceContract> contract = selectedContract())
            openDialog(new ContractTerminateDialog(m_session, *contract, this));
    });
    connect(m_newEngagementButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<qint64> townId = town())
            openDialog(new EngagementDialog(m_session, *townId, m_chosenAgency(), this));
    });
    onTownChosen();
}

void AgencyTownPanel::buildLayout()
{
    m_townBox = new TownChooser(m_session, TownChooser::AllTowns::NotOffered, this);
    m_townBox->setObjectName(QStringLiteral("agencyTownBox"));
    auto *townLabel = new QLabel(tr("T&own:"), this);
    townLabel->setBuddy(m_townBox);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("agencyTownHeading"));
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    //: 签订服务合同
    m_newContractButton = new QPushButton(tr("New &contract…"), this);
    m_newContractButton->setObjectName(QStringLiteral("newContractButton"));
    //: 提前终止服务合同
    m_terminateButton = new QPushButton(tr("Te&rminate…"), this);
    m_terminateButton->setObjectName(QStringLiteral("terminateContractButton"));
    m_terminateButton->setToolTip(tr("End the selected contract before its last day"));
    //: 登记单独指导服务
    m_newEngagementButton = new QPushButton(tr("New en&gagement…"), this);
    m_newEngagementButton->setObjectName(QStringLiteral("newEngagementButton"));
    m_contractTable =
        new RecordTableView(m_contracts, ContractTableModel::ContractIdRole, ContractTableModel::Grids, this);
    m_contractTable->setObjectName(QStringLiteral("contractTable"));
    m_engagementTable = new RecordTableView(m_engagements, EngagementTableModel::EngagementIdRole,
                                            EngagementTableModel::Note, this);
    m_engagementTable->setObjectName(QStringLiteral("engagementTable"));
    m_overlapLabel = new QLabel(this);
    m_overlapLabel->setObjectName(QStringLiteral("agencyOverlapLabel"));
    m_overlapLabel->setWordWrap(true);
    m_overlapLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_overlapLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto sectionLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setBuddy(buddy);
        return label;
    };

    auto *townRow = new QHBoxLayout;
    townRow->addWidget(townLabel);
    townRow->addWidget(m_townBox);
    townRow->addSpacing(12);
    townRow->addWidget(m_heading, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_newContractButton);
    buttonRow->addWidget(m_terminateButton);
    buttonRow->addWidget(m_newEngagementButton);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(townRow);
    layout->addLayout(buttonRow);
    //: 服务合同
    layout->addWidget(sectionLabel(tr("&Service contracts"), m_contractTable));
    layout->addWidget(m_contractTable, 1);
    //: 单独指导服务
    layout->addWidget(sectionLabel(tr("Coaching on the agency's own &account"), m_engagementTable));
    layout->addWidget(m_engagementTable, 1);
    layout->addWidget(m_overlapLabel);
}

std::optional<qint64> AgencyTownPanel::town() const
{
    return m_townBox->town();
}

bool AgencyTownPanel::showTown(qint64 townId)
{
    return m_townBox->setTown(townId);
}

void AgencyTownPanel::onTownChosen()
{
    m_contracts->setTown(town());
    m_engagements->setTown(town());
    //: 遥观镇的服务合同与单独指导服务
    m_heading->setText(town() ? tr("Contracts and coaching in %1").arg(m_townBox->currentText())
                              : tr("No town to show yet: the regions arrive with the next sync."));
    updateOverlaps();
    updateButtons();
}

void AgencyTownPanel::updateOverlaps()
{
    const QStringList overlaps = m_contracts->overlapDescriptions();
    QString text;
    if (!overlaps.isEmpty())
        //: 违反排他性规则的重叠: a contract and the same agency's 单独指导服务 in the town.
        text = tr("%n overlap(s) the exclusivity rule forbids: an agency under contract with the town also "
                  "coaches its enterprises on its own account.",
                  nullptr, int(overlaps.size()))
               + QLatin1Char('\n') + overlaps.join(QLatin1Char('\n'));
    m_overlapLabel->setText(text);
    m_overlapLabel->setVisible(!text.isEmpty());
    updateButtons(); // a sync may have ended or terminated the selected contract
}

std::optional<ServiceContract> AgencyTownPanel::selectedContract() const
{
    return m_contracts->contractAt(m_contractTable->selectedRow());
}

void AgencyTownPanel::updateButtons()
{
    // What the role may never do is not offered; what needs a selection waits for one.
    const Role role = m_session.user().role;
    m_newContractButton->setVisible(roleMayRun(role, QString::fromLatin1(cmd::kContractCreate)));
    m_terminateButton->setVisible(roleMayRun(role, QString::fromLatin1(cmd::kContractTerminate)));
    m_newEngagementButton->setVisible(roleMayRun(role, QString::fromLatin1(cmd::kEngagementCreate)));
    m_newContractButton->setEnabled(town().has_value());
    m_newEngagementButton->setEnabled(town().has_value());
    const int row = m_contractTable->selectedRow();
    m_terminateButton->setEnabled(
        row >= 0 && m_contracts->index(row, 0).data(ContractTableModel::TerminableRole).toBool());
}

void AgencyTownPanel::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace gridsafe
