#include "ui/agencies/ContractTerminateDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "ui/agencies/AgencyRules.h"
#include "ui/training/FieldErrors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

ContractTerminateDialog::ContractTerminateDialog(ClientSession &session, const ServiceContract &contract,
                                                 QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_contract(contract),
    m_errors(std::make_unique<FieldErrors>(this)),
    m_dateEdit(new QDateEdit(this)),
    m_reasonEdit(new QPlainTextEdit(this)),
    m_countLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("contractTerminateDialog"));
    for (const Agency &agency : ReplicaRecords(*session.replica()).agencies()) {
        if (agency.id == contract.agencyId)
            m_agencyName = agency.name;
    }
    //: 提前终止服务合同
    setWindowTitle(tr("End the contract of %1 early").arg(m_agencyName));
    auto *intro = new QLabel(tr("The contract of \"%1\" (%2) will stop binding after the day chosen; the "
                                "agency may then coach the town's enterprises on its own account again.")
                                 .arg(m_agencyName, periodText(contract.startsOn, contract.endsOn)),
                             this);
    intro->setWordWrap(true);
    const QDate startsOn = parseCivilDate(contract.startsOn).value_or(QDate(1990, 1, 1));
    const QDate endsOn = parseCivilDate(contract.endsOn).value_or(startsOn);
    m_dateEdit->setObjectName(QStringLiteral("contractTerminateDateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDateRange(startsOn, endsOn); // the server's rule: within the contract's period
    m_dateEdit->setDate(std::clamp(chinaDate(QDateTime::currentDateTimeUtc()), startsOn, endsOn));
    m_reasonEdit->setObjectName(QStringLiteral("contractTerminateReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("e.g. the agency was removed from the city's list in May"));
    m_countLabel->setObjectName(QStringLiteral("contractTerminateReasonCount"));
    m_countLabel->setAlignment(Qt::AlignRight);
    m_buttons->setObjectName(QStringLiteral("contractTerminateButtons"));
    //: 终止合同
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("End contract"));
    // Enter in the reason starts a new line; Ctrl+Enter there, or Enter on the date, confirms
    // (Cancel as the default would drop what was typed).
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContractTerminateDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &ContractTerminateDialog::updateCount);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &ContractTerminateDialog::save);

    auto *form = new QFormLayout;
    //: 终止日期: the last day the contract binds.
    m_errors->addRow(form, tr("&Last day:"), m_dateEdit, QStringLiteral("contractTerminateDateError"));
    //: 终止原因
    m_errors->addRow(form, tr("&Reason:"), m_reasonEdit, QStringLiteral("contractTerminateReasonError"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_errors->labelFor(nullptr, QStringLiteral("contractTerminateError")));
    layout->addWidget(m_buttons);
    resize(460, 320);
    updateCount();
    if (!contract.terminatedOn.isEmpty()) {
        m_errors->show(nullptr, tr("This contract was already ended on %1.").arg(contract.terminatedOn));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    m_reasonEdit->setFocus();
}

ContractTerminateDialog::~ContractTerminateDialog() = default;

ContractTerminateDialog *ContractTerminateDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                                         QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kContractTerminate))
        return nullptr;
    // Corrected against the contract as the server has it now.
    const qint64 id = refused.args.value(QStringLiteral("contractId")).toInteger();
    const QList<ServiceContract> all = ReplicaRecords(*session.replica()).contracts();
    const auto found =
        std::find_if(all.cbegin(), all.cend(), [id](const ServiceContract &c) { return c.id == id; });
    if (found == all.cend() || !found->terminatedOn.isEmpty())
        return nullptr;
    auto *dialog = new ContractTerminateDialog(session, *found, parent);
    if (const auto on = parseCivilDate(refused.args.value(QStringLiteral("terminatedOn")).toString()))
        dialog->m_dateEdit->setDate(*on);
    dialog->m_reasonEdit->setPlainText(refused.args.value(QStringLiteral("reason")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->m_errors->show(nullptr, tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

void ContractTerminateDialog::updateCount()
{
    const qsizetype length = m_reasonEdit->toPlainText().simplified().size();
    m_countLabel->setText(tr("%1 / %2 characters").arg(length).arg(kMaxServiceTextLength));
    m_countLabel->setStyleSheet(length > kMaxServiceTextLength ? QStringLiteral("color: #c0392b;")
                                                               : QString());
}

void ContractTerminateDialog::save()
{
    if (!m_contract.terminatedOn.isEmpty())
        return;
    // Line breaks become spaces, as the name rules fold them.
    const auto reason =
        normalizeName(m_reasonEdit->toPlainText(), tr("reason for ending"), kMaxServiceTextLength);
    if (!reason)
        return m_errors->show(m_reasonEdit, reason.error().message);
    QCborMap args;
    args.insert(QStringLiteral("contractId"), m_contract.id);
    args.insert(QStringLiteral("revision"), m_contract.revision);
    args.insert(QStringLiteral("terminatedOn"), civilDateText(m_dateEdit->date()));
    args.insert(QStringLiteral("reason"), reason.value());
    //: The outbox's summary: 提前终止 常州安泰… 的服务合同.
    const QString summary =
        tr("End the contract of %1 on %2").arg(m_agencyName, civilDateText(m_dateEdit->date()));
    const QString command = QString::fromLatin1(cmd::kContractTerminate);
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return m_errors->show(nullptr, queued.error().message);
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
