#include "ui/admin/UserEditDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gridsafe {

UserEditDialog::UserEditDialog(ClientSession &session, QStringList takenNames, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_takenNames(std::move(takenNames)),
    m_username(new QLineEdit(this)),
    m_displayName(new QLineEdit(this)),
    m_role(new QComboBox(this)),
    m_town(new QComboBox(this)),
    m_password(new QLineEdit(this)),
    m_confirm(new QLineEdit(this)),
    m_error(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(tr("New user"));
    m_username->setObjectName(QStringLiteral("userNameEdit"));
    m_username->setPlaceholderText(tr("3–32 of a–z, 0–9, . _ -  (e.g. yaoguan.li)"));
    m_displayName->setObjectName(QStringLiteral("userDisplayNameEdit"));
    m_displayName->setPlaceholderText(tr("e.g. 李静（遥观镇应急办）"));
    m_role->setObjectName(QStringLiteral("userRoleCombo"));
    for (Role role : {Role::TownOperator, Role::Inspector, Role::DistrictReviewer, Role::Admin})
        m_role->addItem(roleDisplayName(role), int(role));
    m_town->setObjectName(QStringLiteral("userTownCombo"));
    for (const Region &region : m_session.replica()->regions()) {
        if (isTownLevel(region.kind))
            m_town->addItem(region.name, region.id);
    }
    m_password->setObjectName(QStringLiteral("userPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least 10 characters"));
    m_confirm->setObjectName(QStringLiteral("userPasswordConfirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("userEditError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("userEditButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Town or street:"), m_town);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_confirm);
    auto *hint =
        new QLabel(tr("Give the password to the user in person; they can change it after logging in."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_role, &QComboBox::currentIndexChanged, this, &UserEditDialog::updateTown);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTown();
    resize(460, 0);
}

UserEditDialog *UserEditDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                       QStringList takenNames, QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kUserCreate))
        return nullptr;
    auto *dialog = new UserEditDialog(session, std::move(takenNames), parent);
    const QCborMap &args = refused.args;
    dialog->m_username->setText(args.value(QStringLiteral("username")).toString());
    dialog->m_displayName->setText(args.value(QStringLiteral("displayName")).toString());
    const std::optional<Role> role = roleFromName(args.value(QStringLiteral("role")).toString());
    if (role)
        dialog->m_role->setCurrentIndex(dialog->m_role->findData(int(*role)));
    const QCborValue town = args.value(QStringLiteral("townId"));
    if (town.isInteger())
        dialog->m_town->setCurrentIndex(dialog->m_town->findData(town.toInteger()));
    dialog->m_password->setText(args.value(QStringLiteral("password")).toString());
    dialog->m_confirm->setText(args.value(QStringLiteral("password")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->showError(tr("The server refused this change: %1").arg(refused.errorMessage), dialog->m_username);
    return dialog;
}

void UserEditDialog::updateTown()
{
    const Role role = Role(m_role->currentData().toInt());
    // Operators and inspectors belong to one town; reviewers and admins to none.
    m_town->setEnabled(roleNeedsTown(role));
}

void UserEditDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (field)
        field->setFocus();
}

void UserEditDialog::save()
{
    auto username = normalizeUsername(m_username->text());
    if (!username)
        return showError(username.error().message, m_username);
    // The refused account's own name is not "taken" by itself.
    if (m_refusedId.isEmpty() && m_takenNames.contains(username.value()))
        return showError(tr("The user name \"%1\" is taken.").arg(username.value()), m_username);
    auto displayName = normalizeName(m_displayName->text(), tr("name"), kMaxDisplayNameLength);
    if (!displayName)
        return showError(displayName.error().message, m_displayName);
    const Role role = Role(m_role->currentData().toInt());
    if (roleNeedsTown(role) && m_town->currentIndex() < 0)
        return showError(tr("Choose the town or street this user works for."), m_town);
    if (Status strong = checkPasswordStrength(m_password->text()); !strong)
        return showError(strong.error().message, m_password);
    if (m_confirm->text() != m_password->text())
        return showError(tr("The two passwords differ. Type the same password twice."), m_confirm);

    QCborMap args;
    args.insert(QStringLiteral("username"), username.value());
    args.insert(QStringLiteral("displayName"), displayName.value());
    args.insert(QStringLiteral("role"), roleName(role));
    if (roleNeedsTown(role))
        args.insert(QStringLiteral("townId"), m_town->currentData().toLongLong());
    args.insert(QStringLiteral("password"), m_password->text());
    const QString summary = tr("Create user %1 (%2)").arg(username.value(), displayName.value());
    auto queued = m_refusedId.isEmpty()
                      ? m_session.submit(QString::fromLatin1(cmd::kUserCreate), args, summary)
                      : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued)
        return showError(queued.error().message, nullptr);
    accept();
}

} // namespace gridsafe
