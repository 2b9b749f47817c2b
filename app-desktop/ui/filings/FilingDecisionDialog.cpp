#include "ui/filings/FilingDecisionDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "ui/PendingRowStyle.h"

#include <QCborArray>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace gridsafe {

FilingDecisionDialog::FilingDecisionDialog(ClientSession &session, const Filing &filing, Decision decision,
                                           QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_filing(filing),
    m_decision(decision),
    m_reasonEdit(new QPlainTextEdit(this)),
    m_errorLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool file = decision == Decision::File;
    setObjectName(file ? QStringLiteral("fileFilingDialog") : QStringLiteral("returnFilingDialog"));
    if (const std::optional<Region> town = session.replica()->region(filing.townId))
        m_townName = town->name;
    setWindowTitle(file ? tr("File the division of %1 (No. %2)").arg(m_townName).arg(filing.number)
                        : tr("Return the division of %1 (No. %2)").arg(m_townName).arg(filing.number));
    const QString what = tr("%1 grids, submitted by %2 on %3.")
                             .arg(filing.snapshot.value(QStringLiteral("grids")).toArray().size())
                             .arg(filing.submittedBy, PendingRowStyle::localTime(filing.submittedAt));
    auto *intro =
        new QLabel(file ? tr("File the division of %1: %2 Add a remark if you wish.").arg(m_townName, what)
                        : tr("Return the division of %1 to the town: %2 Say what must change (required).")
                              .arg(m_townName, what),
                   this);
    intro->setWordWrap(true);
    intro->setBuddy(m_reasonEdit);
    m_reasonEdit->setObjectName(QStringLiteral("filingReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(file ? tr("optional")
                                          : tr("e.g. the industrial park has no grid of its own"));
    m_errorLabel->setObjectName(QStringLiteral("filingDecisionError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_buttons->setObjectName(QStringLiteral("filingDecisionButtons"));
    //: 备案 / 退回
    m_buttons->button(QDialogButtonBox::Ok)->setText(file ? tr("File") : tr("Return"));
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FilingDecisionDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &FilingDecisionDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reasonEdit, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(460, 280);
    showError({});
}

FilingDecisionDialog *FilingDecisionDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                                   QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kFilingDecide))
        return nullptr;
    const qint64 filingId = refused.args.value(QStringLiteral("filingId")).toInteger();
    for (const Filing &filing : ReplicaRecords(*session.replica()).filings()) {
        if (filing.id != filingId)
            continue;
        const Decision decision =
            refused.args.value(QStringLiteral("decision")).toString() == QLatin1String("return")
                ? Decision::Return
                : Decision::File;
        auto *dialog = new FilingDecisionDialog(session, filing, decision, parent);
        dialog->m_reasonEdit->setPlainText(refused.args.value(QStringLiteral("reason")).toString());
        dialog->m_refusedId = refused.commandId;
        dialog->showError(tr("The server refused this decision: %1").arg(refused.errorMessage));
        return dialog;
    }
    return nullptr;
}

void FilingDecisionDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void FilingDecisionDialog::save()
{
    const bool file = m_decision == Decision::File;
    QString text = m_reasonEdit->toPlainText();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString what = file ? tr("remark") : tr("reason for returning");
    auto reason = file ? normalizeOptionalName(text, what, kMaxRetireReasonLength)
                       : normalizeName(text, what, kMaxRetireReasonLength);
    if (!reason) {
        showError(reason.error().message);
        m_reasonEdit->setFocus();
        return;
    }
    QCborMap args;
    args.insert(QStringLiteral("filingId"), m_filing.id);
    args.insert(QStringLiteral("revision"), m_filing.revision);
    args.insert(QStringLiteral("decision"), file ? QStringLiteral("file") : QStringLiteral("return"));
    if (!reason.value().isEmpty())
        args.insert(QStringLiteral("reason"), reason.value());
    const QString summary =
        file ? tr("File the division of %1 (No. %2)").arg(m_townName).arg(m_filing.number)
             : tr("Return the division of %1 (No. %2)").arg(m_townName).arg(m_filing.number);
    auto queued = m_refusedId.isEmpty()
                      ? m_session.submit(QString::fromLatin1(cmd::kFilingDecide), args, summary)
                      : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    accept();
}

} // namespace gridsafe
