#include "ui/training/CertificateRevokeDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

CertificateRevokeDialog::CertificateRevokeDialog(ClientSession &session, const Certificate &certificate,
                                                 QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_certificate(certificate),
    m_reasonEdit(new QPlainTextEdit(this)),
    m_warningLabel(new QLabel(this)),
    m_countLabel(new QLabel(this)),
    m_errorLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("certificateRevokeDialog"));
    QString holder;
    for (const Inspector &inspector : ReplicaRecords(*session.replica()).inspectors(certificate.townId)) {
        if (inspector.id == certificate.inspectorId)
            holder = inspector.name;
    }
    //: 吊销上岗证: the certificate (上岗证) is withdrawn for good (吊销).
    setWindowTitle(tr("Revoke certificate %1").arg(certificate.number));
    auto *label = new QLabel(tr("Certificate %1 of %2 (valid until %3) will be revoked today, for good. Why? "
                                "(required)")
                                 .arg(certificate.number, holder, certificate.validUntil),
                             this);
    label->setWordWrap(true);
    m_reasonEdit->setObjectName(QStringLiteral("certificateRevokeReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("e.g. left the village committee in March; no longer an inspector"));
    label->setBuddy(m_reasonEdit);
    m_warningLabel->setObjectName(QStringLiteral("certificateRevokeWarning"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral("color: #b9770e; font-weight: bold;"));
    m_warningLabel->setText(gridWarning(holder));
    m_warningLabel->setVisible(!m_warningLabel->text().isEmpty());
    m_countLabel->setObjectName(QStringLiteral("certificateRevokeReasonCount"));
    m_countLabel->setAlignment(Qt::AlignRight);
    m_errorLabel->setObjectName(QStringLiteral("certificateRevokeError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->hide();
    m_buttons->setObjectName(QStringLiteral("certificateRevokeButtons"));
    //: 吊销
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Revoke"));
    // A stray Enter changes nothing (it starts a new line): Ctrl+Enter or a click confirms.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CertificateRevokeDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &CertificateRevokeDialog::updateCount);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &CertificateRevokeDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_reasonEdit, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(460, 320);
    updateCount();
    if (!certificate.revokedOn.isEmpty()) {
        showError(tr("This certificate was already revoked on %1.").arg(certificate.revokedOn));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

CertificateRevokeDialog *CertificateRevokeDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                                         QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kCertificateRevoke))
        return nullptr;
    const qint64 id = refused.args.value(QStringLiteral("certificateId")).toInteger();
    const QList<Certificate> all = ReplicaRecords(*session.replica()).certificates();
    const auto found =
        std::find_if(all.cbegin(), all.cend(), [id](const Certificate &c) { return c.id == id; });
    if (found == all.cend() || !found->revokedOn.isEmpty())
        return nullptr;
    auto *dialog = new CertificateRevokeDialog(session, *found, parent);
    dialog->m_reasonEdit->setPlainText(refused.args.value(QStringLiteral("reason")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->showError(tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

QString CertificateRevokeDialog::gridWarning(const QString &holder) const
{
    QStringList held;
    for (const Grid &grid : m_session.replica()->grids(m_certificate.townId)) {
        if (grid.status == Grid::Status::Active && grid.inspectorId == m_certificate.inspectorId)
            held.append(grid.name);
    }
    if (held.isEmpty())
        return {};
    const QString today = civilDateText(chinaDate(QDateTime::currentDateTimeUtc()));
    for (const Certificate &other : ReplicaRecords(*m_session.replica()).certificates(m_certificate.townId)) {
        if (other.id != m_certificate.id && other.inspectorId == m_certificate.inspectorId
            && other.validOn(today))
            return tr("%1 keeps certificate %2 (valid until %3), so %4 stay covered.")
                .arg(holder, other.number, other.validUntil, held.join(tr(", ")));
    }
    //: 覆盖缺口: a grid whose inspector holds no valid certificate (持证上岗).
    return tr("%1 is the inspector of %2 and holds no other valid certificate: these grids become coverage "
              "gaps until a certified inspector takes them over.")
        .arg(holder, held.join(tr(", ")));
}

void CertificateRevokeDialog::updateCount()
{
    const qsizetype length = m_reasonEdit->toPlainText().simplified().size();
    m_countLabel->setText(tr("%1 / %2 characters").arg(length).arg(kMaxRetireReasonLength));
    m_countLabel->setStyleSheet(length > kMaxRetireReasonLength ? QStringLiteral("color: #c0392b;")
                                                                : QString());
}

void CertificateRevokeDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void CertificateRevokeDialog::save()
{
    if (!m_certificate.revokedOn.isEmpty())
        return;
    // Line breaks become spaces, as the name rules fold them.
    auto reason =
        normalizeName(m_reasonEdit->toPlainText(), tr("reason for revoking"), kMaxRetireReasonLength);
    if (!reason) {
        showError(reason.error().message);
        m_reasonEdit->setFocus();
        return;
    }
    QCborMap args;
    args.insert(QStringLiteral("certificateId"), m_certificate.id);
    args.insert(QStringLiteral("reason"), reason.value());
    //: The outbox's summary: 吊销上岗证 YG-2026-001.
    const QString summary = tr("Revoke certificate %1").arg(m_certificate.number);
    const QString command = QString::fromLatin1(cmd::kCertificateRevoke);
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    m_commandId = queued.value();
    accept();
}

} // namespace gridsafe
