#include "ui/agencies/ContractDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "ui/agencies/AgencyChooser.h"
#include "ui/agencies/AgencyRules.h"
#include "ui/training/FieldErrors.h"

#include <QCborArray>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

ContractDialog::ContractDialog(ClientSession &session, qint64 townId, std::optional<qint64> agencyId,
                               QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(townId),
    m_errors(std::make_unique<FieldErrors>(this)),
    m_agencyBox(new AgencyChooser(this)),
    m_startEdit(new QDateEdit(chinaToday(), this)),
    m_endEdit(new QDateEdit(chinaToday().addYears(1).addDays(-1), this)),
    m_scopeEdit(new QLineEdit(this)),
    m_gridList(new QListWidget(this)),
    m_tickAllButton(new QPushButton(tr("Tick &all"), this)),
    m_overlapLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contractDialog"));
    const std::optional<Region> town = session.replica()->region(townId);
    m_townName = town ? town->name : QString();
    //: 签订技术服务合同
    setWindowTitle(tr("New service contract of %1").arg(m_townName));
    m_agencyBox->setObjectName(QStringLiteral("contractAgencyBox"));
    m_agencyBox->setAgencies(ReplicaRecords(*session.replica()).agencies(), true);
    if (agencyId)
        m_agencyBox->choose(*agencyId);
    for (QDateEdit *edit : {m_startEdit, m_endEdit}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setDateRange(QDate(1990, 1, 1), QDate(2199, 12, 31));
        connect(edit, &QDateEdit::dateChanged, this, &ContractDialog::updateOverlaps);
    }
    m_startEdit->setObjectName(QStringLiteral("contractStartEdit"));
    m_endEdit->setObjectName(QStringLiteral("contractEndEdit"));
    m_scopeEdit->setObjectName(QStringLiteral("contractScopeEdit"));
    m_scopeEdit->setMaxLength(kMaxServiceTextLength * 2); // the exact limit is checked on save
    //: Example scope (服务内容): 隐患排查技术支撑、网格员业务指导.
    m_scopeEdit->setPlaceholderText(tr("e.g. technical support for hazard checks, coaching of inspectors"));
    m_gridList->setObjectName(QStringLiteral("contractGridList"));
    m_gridList->setMinimumHeight(120);
    // A click on a grid's name ticks it, as on its box (which Qt toggles by itself); Space too.
    connect(m_gridList, &QListWidget::itemPressed, this,
            [this](QListWidgetItem *item) { m_pressedState = item->checkState(); });
    connect(m_gridList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (item->checkState() == m_pressedState)
            item->setCheckState(m_pressedState == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    m_tickAllButton->setObjectName(QStringLiteral("contractTickAllButton"));
    m_tickAllButton->setAutoDefault(false);
    connect(m_tickAllButton, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_gridList->count(); ++row)
            m_gridList->item(row)->setCheckState(Qt::Checked);
    });
    m_overlapLabel->setObjectName(QStringLiteral("contractOverlapLabel"));
    m_overlapLabel->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("contractButtons"));
    //: 签订
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Make contract"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContractDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agencyBox, &QComboBox::currentIndexChanged, this, &ContractDialog::updateOverlaps);
    connect(session.replica(), &Replica::changed, this, &ContractDialog::updateOverlaps);

    auto *form = new QFormLayout;
    //: 技术服务机构
    m_errors->addRow(form, tr("&Agency:"), m_agencyBox, QStringLiteral("contractAgencyError"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_startEdit);
    //: Between the first and the last day of a period: 至.
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_endEdit);
    period->addWidget(toLabel);
    period->addWidget(m_endEdit);
    period->addStretch(1);
    //: 合同期限
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_startEdit);
    form->addRow(periodLabel, period);
    form->addRow(QString(), m_errors->labelFor(m_endEdit, QStringLiteral("contractPeriodError")));
    //: 服务内容
    m_errors->addRow(form, tr("&Scope:"), m_scopeEdit, QStringLiteral("contractScopeError"));
    auto *gridsRow = new QHBoxLayout;
    //: 服务网格: tick the grids the agency supports.
    auto *gridsLabel = new QLabel(tr("&Grids supported (tick at least one):"), this);
    gridsLabel->setBuddy(m_gridList);
    gridsRow->addWidget(gridsLabel, 1);
    gridsRow->addWidget(m_tickAllButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(gridsRow);
    layout->addWidget(m_gridList, 1);
    layout->addWidget(m_errors->labelFor(m_gridList, QStringLiteral("contractGridError")));
    layout->addWidget(m_overlapLabel);
    layout->addWidget(m_errors->labelFor(nullptr, QStringLiteral("contractError")));
    layout->addWidget(m_buttons);
    resize(540, 560);
    fillGrids({});
    updateOverlaps();
}

ContractDialog::~ContractDialog() = default;

ContractDialog *ContractDialog::reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kContractCreate))
        return nullptr;
    const QCborMap &args = refused.args;
    auto *dialog = new ContractDialog(session, args.value(QStringLiteral("townId")).toInteger(),
                                      args.value(QStringLiteral("agencyId")).toInteger(), parent);
    dialog->m_refusedId = refused.commandId; // before the dates change: it is not a clash of its own
    if (const auto startsOn = parseCivilDate(args.value(QStringLiteral("startsOn")).toString()))
        dialog->m_startEdit->setDate(*startsOn);
    if (const auto endsOn = parseCivilDate(args.value(QStringLiteral("endsOn")).toString()))
        dialog->m_endEdit->setDate(*endsOn);
    dialog->m_scopeEdit->setText(args.value(QStringLiteral("scope")).toString());
    QList<qint64> grids;
    for (const QCborValue &grid : args.value(QStringLiteral("gridIds")).toArray())
        grids.append(grid.toInteger());
    dialog->m_gridList->clear();
    dialog->fillGrids(grids);
    dialog->m_errors->show(nullptr, tr("The server refused this contract: %1").arg(refused.errorMessage));
    return dialog;
}

void ContractDialog::fillGrids(const QList<qint64> &checked)
{
    // The grids in use; a contract names no retired grid.
    for (const Grid &grid : m_session.replica()->grids(m_townId)) {
        if (grid.status != Grid::Status::Active)
            continue;
        auto *item = new QListWidgetItem(tr("%1 %2").arg(grid.code, grid.name), m_gridList);
        item->setData(Qt::UserRole, grid.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(grid.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_gridList->count() > 0)
        m_gridList->setCurrentRow(0);
}

QList<qint64> ContractDialog::checkedGrids() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_gridList->count(); ++row) {
        if (m_gridList->item(row)->checkState() == Qt::Checked)
            ids.append(m_gridList->item(row)->data(Qt::UserRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString ContractDialog::contractClash() const
{
    const std::optional<Agency> agency = m_agencyBox->chosen();
    if (!agency)
        return {};
    const QList<ServiceContract> contracts =
        contractsWithQueue(ReplicaRecords(*m_session.replica()).contracts(m_townId), m_townId,
                           m_session.outbox()->entries(), m_refusedId);
    const QList<ServiceContract> clash = contractsBinding(
        contracts, agency->id, civilDateText(m_startEdit->date()), civilDateText(m_endEdit->date()));
    if (clash.isEmpty())
        return {};
    const ServiceContract &other = clash.first();
    return other.id < 0 ? tr("\"%1\" already has a contract with %2 from %3 to %4 (waiting to be sent).")
                              .arg(agency->name, m_townName, other.startsOn, other.lastDay())
                        : tr("\"%1\" already has a contract with %2 from %3 to %4.")
                              .arg(agency->name, m_townName, other.startsOn, other.lastDay());
}

void ContractDialog::updateOverlaps()
{
    const std::optional<Agency> agency = m_agencyBox->chosen();
    QString text = contractClash();
    const bool clash = !text.isEmpty();
    if (agency && !clash) {
        ServiceContract planned;
        planned.agencyId = agency->id;
        planned.townId = m_townId;
        planned.startsOn = civilDateText(m_startEdit->date());
        planned.endsOn = civilDateText(m_endEdit->date());
        QStringList lines;
        for (const CoachingEngagement &engagement :
             engagementsOverlapping(ReplicaRecords(*m_session.replica()).engagements(m_townId), planned))
            lines.append(
                tr("• %1 (%2)")
                    .arg(engagement.enterpriseName, periodText(engagement.startsOn, engagement.endsOn)));
        if (!lines.isEmpty())
            //: 排他性规则: the contract is made, and these 单独指导服务 are listed as overlaps.
            text =
                tr("During this period \"%1\" also coaches these enterprises of the town on its own account. "
                   "The contract can be made, but these engagements then break the exclusivity rule and "
                   "are listed as overlaps for the town to settle:\n%2")
                    .arg(agency->name, lines.join(QLatin1Char('\n')));
    }
    m_overlapLabel->setText(text);
    m_overlapLabel->setVisible(!text.isEmpty());
    // A clash stops the contract (red); overlapping coaching is accepted and listed (orange).
    m_overlapLabel->setStyleSheet(clash ? QStringLiteral("color: #c0392b;")
                                        : QStringLiteral("color: #9a5b00;"));
}

void ContractDialog::save()
{
    // In the server's order: agency, period, scope, grids, other contracts.
    const std::optional<Agency> agency = m_agencyBox->chosen();
    if (!agency)
        return m_errors->show(m_agencyBox, tr("Choose an agency on the city's list."));
    const QDate startsOn = m_startEdit->date();
    const QDate endsOn = m_endEdit->date();
    if (Status period = checkServicePeriod(startsOn, endsOn); !period)
        return m_errors->show(m_endEdit, period.error().message);
    const auto scope = normalizeName(m_scopeEdit->text(), tr("scope of service"), kMaxServiceTextLength);
    if (!scope)
        return m_errors->show(m_scopeEdit, scope.error().message);
    const QList<qint64> grids = checkedGrids();
    if (grids.isEmpty())
        return m_errors->show(m_gridList, tr("Tick the grids the agency supports."));
    if (const QString clash = contractClash(); !clash.isEmpty())
        return m_errors->show(m_endEdit, clash);

    QCborArray gridIds;
    for (qint64 grid : grids)
        gridIds.append(grid);
    QCborMap args;
    args.insert(QStringLiteral("agencyId"), agency->id);
    args.insert(QStringLiteral("townId"), m_townId);
    args.insert(QStringLiteral("startsOn"), civilDateText(startsOn));
    args.insert(QStringLiteral("endsOn"), civilDateText(endsOn));
    args.insert(QStringLiteral("scope"), scope.value());
    args.insert(QStringLiteral("gridIds"), gridIds);
    //: The outbox's summary: 遥观镇 与 常州安泰… 签订服务合同.
    const QString summary = tr("Service contract of %1 with %2").arg(m_townName, agency->name);
    const QString command = QString::fromLatin1(cmd::kContractCreate);
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return m_errors->show(nullptr, queued.error().message);
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
