#include "ui/agencies/EngagementDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "ui/agencies/AgencyChooser.h"
#include "ui/agencies/AgencyRules.h"
#include "ui/agencies/CreditCodeEdit.h"
#include "ui/training/FieldErrors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gridsafe {

EngagementDialog::EngagementDialog(ClientSession &session, qint64 townId, std::optional<qint64> agencyId,
                                   QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_townId(townId),
    m_errors(std::make_unique<FieldErrors>(this)),
    m_agencyBox(new AgencyChooser(this)),
    m_enterpriseEdit(new QLineEdit(this)),
    m_codeEdit(new CreditCodeEdit(this)),
    m_startEdit(new QDateEdit(chinaToday(), this)),
    m_endEdit(new QDateEdit(chinaToday().addMonths(3).addDays(-1), this)),
    m_noteEdit(new QLineEdit(this)),
    m_warningLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("engagementDialog"));
    const std::optional<Region> town = session.replica()->region(townId);
    m_townName = town ? town->name : QString();
    //: 登记单独指导服务
    setWindowTitle(tr("New coaching engagement in %1").arg(m_townName));
    m_agencyBox->setObjectName(QStringLiteral("engagementAgencyBox"));
    m_agencyBox->setAgencies(ReplicaRecords(*session.replica()).agencies(), false);
    if (agencyId)
        m_agencyBox->choose(*agencyId);
    m_enterpriseEdit->setObjectName(QStringLiteral("engagementEnterpriseEdit"));
    m_enterpriseEdit->setMaxLength(kMaxEnterpriseNameLength * 2); // the exact limit is checked on save
    m_codeEdit->setObjectName(QStringLiteral("engagementCodeEdit"));
    for (QDateEdit *edit : {m_startEdit, m_endEdit}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setDateRange(QDate(1990, 1, 1), QDate(2199, 12, 31));
        connect(edit, &QDateEdit::dateChanged, this, &EngagementDialog::updateWarning);
    }
    m_startEdit->setObjectName(QStringLiteral("engagementStartEdit"));
    m_endEdit->setObjectName(QStringLiteral("engagementEndEdit"));
    m_noteEdit->setObjectName(QStringLiteral("engagementNoteEdit"));
    m_noteEdit->setMaxLength(kMaxServiceTextLength * 2);
    //: Example note (备注): 粉尘涉爆专项指导.
    m_noteEdit->setPlaceholderText(tr("Optional, e.g. coaching on combustible dust"));
    m_warningLabel->setObjectName(QStringLiteral("engagementWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_buttons->setObjectName(QStringLiteral("engagementButtons"));
    //: 登记
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EngagementDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_agencyBox, &QComboBox::currentIndexChanged, this, &EngagementDialog::updateWarning);
    connect(session.replica(), &Replica::changed, this, &EngagementDialog::updateWarning);

    auto *form = new QFormLayout;
    //: 技术服务机构
    m_errors->addRow(form, tr("&Agency:"), m_agencyBox, QStringLiteral("engagementAgencyError"));
    //: 企业名称
    m_errors->addRow(form, tr("&Enterprise:"), m_enterpriseEdit, QStringLiteral("engagementEnterpriseError"));
    //: 企业的统一社会信用代码
    form->addRow(tr("Credit &code:"), m_codeEdit);
    m_codeError = m_errors->labelFor(m_codeEdit, QStringLiteral("engagementCodeError"));
    form->addRow(QString(), m_codeError);
    connect(m_codeEdit, &CreditCodeEdit::problemChanged, this, [this](const QString &problem) {
        m_codeError->setText(problem);
        m_codeError->setVisible(!problem.isEmpty());
    });
    auto *period = new QHBoxLayout;
    period->addWidget(m_startEdit);
    //: Between the first and the last day of a period: 至.
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_endEdit);
    period->addWidget(toLabel);
    period->addWidget(m_endEdit);
    period->addStretch(1);
    //: 服务期限
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_startEdit);
    form->addRow(periodLabel, period);
    form->addRow(QString(), m_errors->labelFor(m_endEdit, QStringLiteral("engagementPeriodError")));
    //: 备注
    m_errors->addRow(form, tr("&Note:"), m_noteEdit, QStringLiteral("engagementNoteError"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warningLabel);
    layout->addStretch(1);
    layout->addWidget(m_errors->labelFor(nullptr, QStringLiteral("engagementError")));
    layout->addWidget(m_buttons);
    resize(520, 400); // room for the problems under the fields, which wrap
    updateWarning();
}

EngagementDialog::~EngagementDialog() = default;

EngagementDialog *EngagementDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                           QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kEngagementCreate))
        return nullptr;
    const QCborMap &args = refused.args;
    auto *dialog = new EngagementDialog(session, args.value(QStringLiteral("townId")).toInteger(),
                                        args.value(QStringLiteral("agencyId")).toInteger(), parent);
    dialog->m_enterpriseEdit->setText(args.value(QStringLiteral("enterpriseName")).toString());
    dialog->m_codeEdit->setText(args.value(QStringLiteral("enterpriseCode")).toString());
    if (const auto startsOn = parseCivilDate(args.value(QStringLiteral("startsOn")).toString()))
        dialog->m_startEdit->setDate(*startsOn);
    if (const auto endsOn = parseCivilDate(args.value(QStringLiteral("endsOn")).toString()))
        dialog->m_endEdit->setDate(*endsOn);
    dialog->m_noteEdit->setText(args.value(QStringLiteral("note")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->m_errors->show(nullptr, tr("The server refused this engagement: %1").arg(refused.errorMessage));
    return dialog;
}

QString EngagementDialog::exclusivityProblem() const
{
    const std::optional<Agency> agency = m_agencyBox->chosen();
    if (!agency)
        return {};
    const QList<ServiceContract> contracts = contractsWithQueue(
        ReplicaRecords(*m_session.replica()).contracts(m_townId), m_townId, m_session.outbox()->entries());
    const QList<ServiceContract> binding = contractsBinding(
        contracts, agency->id, civilDateText(m_startEdit->date()), civilDateText(m_endEdit->date()));
    if (binding.isEmpty())
        return {};
    //: 排他性规则: an agency under contract with a town may not coach its enterprises on its own
    //: (单独指导服务).
    return tr("\"%1\" serves %2 under a service contract from %3 to %4. While it does, it may not also coach "
              "the town's enterprises on its own account: the server refuses this engagement. Choose a "
              "period "
              "outside the contract, or another agency.")
        .arg(agency->name, m_townName, binding.first().startsOn, binding.first().lastDay());
}

void EngagementDialog::updateWarning()
{
    const QString problem = exclusivityProblem();
    m_warningLabel->setText(problem);
    m_warningLabel->setVisible(!problem.isEmpty());
}

void EngagementDialog::save()
{
    // In the server's order: agency, enterprise name, its code, period, note, exclusivity.
    const std::optional<Agency> agency = m_agencyBox->chosen();
    if (!agency)
        return m_errors->show(m_agencyBox, tr("Choose the agency that coaches the enterprise."));
    const auto name =
        normalizeName(m_enterpriseEdit->text(), tr("enterprise name"), kMaxEnterpriseNameLength);
    if (!name)
        return m_errors->show(m_enterpriseEdit, name.error().message);
    const auto code = m_codeEdit->code();
    if (!code)
        return m_errors->show(m_codeEdit, code.error().message);
    const QDate startsOn = m_startEdit->date();
    const QDate endsOn = m_endEdit->date();
    if (Status period = checkServicePeriod(startsOn, endsOn); !period)
        return m_errors->show(m_endEdit, period.error().message);
    const auto note = normalizeOptionalName(m_noteEdit->text(), tr("note"), kMaxServiceTextLength);
    if (!note)
        return m_errors->show(m_noteEdit, note.error().message);
    if (const QString problem = exclusivityProblem(); !problem.isEmpty()) {
        m_errors->show(m_endEdit,
                       tr("Not sent: a contract of this agency with the town binds during this period."));
        updateWarning();
        return;
    }

    QCborMap args;
    args.insert(QStringLiteral("agencyId"), agency->id);
    args.insert(QStringLiteral("townId"), m_townId);
    args.insert(QStringLiteral("enterpriseName"), name.value());
    args.insert(QStringLiteral("enterpriseCode"), code.value());
    args.insert(QStringLiteral("startsOn"), civilDateText(startsOn));
    args.insert(QStringLiteral("endsOn"), civilDateText(endsOn));
    args.insert(QStringLiteral("note"), note.value());
    //: The outbox's summary: 登记单独指导服务：常州安泰… 指导 某某厂.
    const QString summary = tr("Coaching of %1 by %2").arg(name.value(), agency->name);
    const QString command = QString::fromLatin1(cmd::kEngagementCreate);
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return m_errors->show(nullptr, queued.error().message);
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
