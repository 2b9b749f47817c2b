#include "ui/agencies/AgencyTownPanel.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "ui/agencies/ContractDialog.h"
#include "ui/agencies/ContractTableModel.h"
#include "ui/agencies/ContractTerminateDialog.h"
#include "ui/agencies/EngagementDialog.h"
#include "ui/agencies/EngagementTableModel.h"
#include "ui/agencies/RecordTableView.h"

#include <QCollator>
#include <QComboBox>
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
    connect(m_session.replica(), &Replica::changed, this, &AgencyTownPanel::fillTowns);
    connect(m_townBox, &QComboBox::currentIndexChanged, this, &AgencyTownPanel::onTownChosen);
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
    fillTowns();
    onTownChosen();
}

void AgencyTownPanel::buildLayout()
{
    m_townBox = new QComboBox(this);
    m_townBox->setObjectName(QStringLiteral("agencyTownBox"));
    m_townBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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

void AgencyTownPanel::fillTowns()
{
    // Operators and inspectors see their own town; reviewers and admins choose one.
    const UserInfo &user = m_session.user();
    QList<Region> towns;
    for (const Region &region : m_session.replica()->regions()) {
        if (isTownLevel(region.kind) && (!roleNeedsTown(user.role) || region.id == user.townId))
            towns.append(region);
    }
    QCollator chinese(QLocale(QLocale::Chinese, QLocale::China));
    chinese.setNumericMode(true);
    std::sort(towns.begin(), towns.end(),
              [&chinese](const Region &a, const Region &b) { return chinese.compare(a.name, b.name) < 0; });
    // Rebuilt only when the towns changed: a sync must not disturb the user's choice.
    bool same = m_townBox->count() == towns.size();
    for (int i = 0; same && i < m_townBox->count(); ++i)
        same = m_townBox->itemData(i).toLongLong() == towns.at(i).id
               && m_townBox->itemText(i) == towns.at(i).name;
    if (same)
        return;
    const QVariant current = m_townBox->currentData();
    {
        const QSignalBlocker blocker(m_townBox);
        m_townBox->clear();
        for (const Region &town : std::as_const(towns))
            m_townBox->addItem(town.name, town.id);
        m_townBox->setCurrentIndex(std::max(0, m_townBox->findData(current)));
    }
    m_townBox->setEnabled(m_townBox->count() > 1); // one town to choose from is no choice
    if (m_townBox->currentData() != current)
        onTownChosen();
}

std::optional<qint64> AgencyTownPanel::town() const
{
    const QVariant town = m_townBox->currentData();
    return town.isValid() ? std::optional(town.toLongLong()) : std::nullopt;
}

bool AgencyTownPanel::showTown(qint64 townId)
{
    const int index = m_townBox->findData(townId);
    if (index >= 0)
        m_townBox->setCurrentIndex(index);
    return index >= 0;
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
