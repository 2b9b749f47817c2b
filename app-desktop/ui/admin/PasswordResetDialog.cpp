#include "ui/admin/PasswordResetDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gridsafe {

PasswordResetDialog::PasswordResetDialog(ClientSession &session, const UserAccount &account,
                                         QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_account(account),
    m_password(new QLineEdit(this)),
    m_confirm(new QLineEdit(this)),
    m_error(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordResetDialog"));
    setWindowTitle(tr("Reset password of %1").arg(account.displayName));
    auto *intro =
        new QLabel(tr("%1 (%2) gets this password; everywhere they are logged in, they are logged out.")
                       .arg(account.displayName, account.username),
                   this);
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("resetPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 10 characters"));
    m_confirm->setObjectName(QStringLiteral("resetPasswordConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("resetPasswordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("resetPasswordButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset password"));
    auto *form = new QFormLayout;
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Password again:"), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordResetDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(440, 0);
}

PasswordResetDialog *PasswordResetDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                                 QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kUserResetPassword))
        return nullptr;
    const qint64 userId = refused.args.value(QStringLiteral("userId")).toInteger();
    for (const UserAccount &account : session.replica()->users()) {
        if (account.id != userId)
            continue;
        auto *dialog = new PasswordResetDialog(session, account, parent);
        dialog->m_password->setText(refused.args.value(QStringLiteral("password")).toString());
        dialog->m_confirm->setText(dialog->m_password->text());
        dialog->m_refusedId = refused.commandId;
        dialog->showError(tr("The server refused this change: %1").arg(refused.errorMessage),
                          dialog->m_password);
        return dialog;
    }
    return nullptr;
}

void PasswordResetDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field)
        field->setFocus();
}

void PasswordResetDialog::save()
{
    if (Status strong = checkPasswordStrength(m_password->text()); !strong)
        return showError(strong.error().message, m_password);
    if (m_confirm->text() != m_password->text())
        return showError(tr("The two passwords differ. Type the same password twice."), m_confirm);
    QCborMap args;
    args.insert(QStringLiteral("userId"), m_account.id);
    args.insert(QStringLiteral("password"), m_password->text());
    const QString summary = tr("Reset the password of %1").arg(m_account.username);
    auto queued = m_refusedId.isEmpty()
                      ? m_session.submit(QString::fromLatin1(cmd::kUserResetPassword), args, summary)
                      : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return showError(queued.error().message, nullptr);
    accept();
}

} // namespace gridsafe
