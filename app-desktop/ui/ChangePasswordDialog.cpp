#include "ui/ChangePasswordDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gridsafe {

ChangePasswordDialog::ChangePasswordDialog(ClientSession &session, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_current(new QLineEdit(this)),
    m_password(new QLineEdit(this)),
    m_confirm(new QLineEdit(this)),
    m_error(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    for (QLineEdit *edit : {m_current, m_password, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setPlaceholderText(tr("at least 10 characters"));
    m_confirm->setObjectName(QStringLiteral("newPasswordConfirmEdit"));
    m_error->setObjectName(QStringLiteral("changePasswordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("changePasswordButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    auto *intro = new QLabel(tr("Where else you are logged in with the old password, you are logged out. "
                                "Offline, the change is sent when the connection is back."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Current password:"), m_current);
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("New password again:"), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 0);
}

ChangePasswordDialog *ChangePasswordDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                                   QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kUserChangePassword))
        return nullptr;
    auto *dialog = new ChangePasswordDialog(session, parent);
    dialog->m_current->setText(refused.args.value(QStringLiteral("currentPassword")).toString());
    dialog->m_password->setText(refused.args.value(QStringLiteral("newPassword")).toString());
    dialog->m_confirm->setText(dialog->m_password->text());
    dialog->m_refusedId = refused.commandId;
    dialog->showError(tr("The server refused this change: %1").arg(refused.errorMessage), dialog->m_current);
    return dialog;
}

void ChangePasswordDialog::showError(const QString &message, QLineEdit *field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

void ChangePasswordDialog::save()
{
    if (m_current->text().isEmpty())
        return showError(tr("Enter your current password."), m_current);
    if (Status strong = checkPasswordStrength(m_password->text()); !strong)
        return showError(strong.error().message, m_password);
    if (m_password->text() == m_current->text())
        return showError(tr("The new password must differ from the current one."), m_password);
    if (m_confirm->text() != m_password->text())
        return showError(tr("The two passwords differ. Type the same password twice."), m_confirm);
    QCborMap args;
    args.insert(QStringLiteral("currentPassword"), m_current->text());
    args.insert(QStringLiteral("newPassword"), m_password->text());
    const QString summary = tr("Change my password");
    auto queued = m_refusedId.isEmpty()
                      ? m_session.submit(QString::fromLatin1(cmd::kUserChangePassword), args, summary)
                      : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return showError(queued.error().message, nullptr);
    accept();
}

} // namespace gridsafe
