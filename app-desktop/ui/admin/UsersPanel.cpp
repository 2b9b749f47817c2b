#include "ui/admin/UsersPanel.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "ui/admin/PasswordResetDialog.h"
#include "ui/admin/UserEditDialog.h"
#include "ui/admin/UserTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace gridsafe {

UsersPanel::UsersPanel(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_session(session),
    m_model(new UserTableModel(*session.replica(), *session.outbox(), this)),
    m_table(new QTableView(this)),
    m_empty(new QLabel(this)),
    m_newButton(new QPushButton(tr("New user…"), this)),
    m_resetButton(new QPushButton(tr("Reset password…"), this)),
    m_disableButton(new QPushButton(tr("Disable"), this))
{
    setObjectName(QStringLiteral("usersPanel"));
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::DisplayName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("usersEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No accounts have reached this computer yet. They arrive with the next sync; "
                        "New user… creates one."));
    m_newButton->setObjectName(QStringLiteral("newUserButton"));
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_disableButton->setObjectName(QStringLiteral("disableUserButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_resetButton);
    buttons->addWidget(m_disableButton);
    buttons->addStretch(1);
    auto *search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("userSearchEdit"));
    search->setPlaceholderText(tr("Find a user or town"));
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(150);
    buttons->addWidget(search);
    connect(search, &QLineEdit::textChanged, m_model, &UserTableModel::setSearch);
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, search, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_newButton, &QPushButton::clicked, this, &UsersPanel::newUser);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPanel::resetPassword);
    connect(m_disableButton, &QPushButton::clicked, this, &UsersPanel::toggleDisabled);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPanel::updateButtons);
    updateButtons();
}

void UsersPanel::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const auto row = rows.isEmpty() ? std::nullopt : m_model->rowAt(rows.first().row());
    // A queued account (no server id yet) waits for the server before anything else.
    const bool real = row && row->account.id > 0;
    const bool self = row && row->account.id == m_session.user().id;
    m_resetButton->setEnabled(real);
    m_disableButton->setEnabled(real && !self);
    m_disableButton->setText(row && row->account.disabled ? tr("Enable") : tr("Disable"));
    m_disableButton->setToolTip(self ? tr("You cannot disable your own account.") : QString());
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
}

bool UsersPanel::reopenRefused(const OutboxEntry &refused)
{
    QDialog *dialog = UserEditDialog::reopen(m_session, refused, m_model->usernames(), this);
    if (!dialog)
        dialog = PasswordResetDialog::reopen(m_session, refused, this);
    if (!dialog)
        return false;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

void UsersPanel::newUser()
{
    auto *dialog = new UserEditDialog(m_session, m_model->usernames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersPanel::resetPassword()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const auto row = rows.isEmpty() ? std::nullopt : m_model->rowAt(rows.first().row());
    if (!row || row->account.id <= 0)
        return;
    auto *dialog = new PasswordResetDialog(m_session, row->account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersPanel::toggleDisabled()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const auto row = rows.isEmpty() ? std::nullopt : m_model->rowAt(rows.first().row());
    if (!row || row->account.id <= 0)
        return;
    const UserAccount account = row->account;
    const bool disable = !account.disabled;
    auto *confirm = new QMessageBox(
        QMessageBox::Question, disable ? tr("Disable account") : tr("Enable account"),
        disable ? tr("Disable %1 (%2)? They are logged out at once and cannot log in until enabled again.")
                      .arg(account.displayName, account.username)
                : tr("Enable %1 (%2)? They can log in again with their password.")
                      .arg(account.displayName, account.username),
        QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("disableUserConfirm"));
    QPushButton *go = confirm->addButton(disable ? tr("Disable") : tr("Enable"), QMessageBox::AcceptRole);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, confirm, go, account, disable] {
        if (confirm->clickedButton() != go)
            return;
        QCborMap args;
        args.insert(QStringLiteral("userId"), account.id);
        args.insert(QStringLiteral("disabled"), disable);
        const QString summary = disable ? tr("Disable user %1").arg(account.username)
                                        : tr("Enable user %1").arg(account.username);
        if (auto queued = m_session.submit(QString::fromLatin1(cmd::kUserSetDisabled), args, summary);
            !queued)
            QMessageBox::warning(this, tr("Change not saved"), queued.error().message);
    });
    confirm->open();
}

} // namespace gridsafe
