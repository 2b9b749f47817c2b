#include "ui/grids/GridRetireDialog.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace gridsafe {

GridRetireDialog::GridRetireDialog(ClientSession &session, const ShownGrid &grid, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_grid(grid.grid),
    m_buildsOn(grid.lastPendingCommand),
    m_reasonEdit(new QPlainTextEdit(this)),
    m_countLabel(new QLabel(this)),
    m_errorLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("retireGridDialog"));
    setWindowTitle(tr("Retire grid %1").arg(m_grid.name));
    auto *label = new QLabel(
        tr("Grid \"%1\" will no longer be used; its history stays. Why is it retired? (required)").arg(m_grid.name),
        this);
    label->setWordWrap(true);
    m_reasonEdit->setObjectName(QStringLiteral("retireReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(tr("e.g. merged into the Qiaonan Village grid after the 2026 re-division"));
    label->setBuddy(m_reasonEdit);
    m_countLabel->setObjectName(QStringLiteral("retireReasonCount"));
    m_countLabel->setAlignment(Qt::AlignRight);
    m_errorLabel->setObjectName(QStringLiteral("retireGridError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->hide();
    m_buttons->setObjectName(QStringLiteral("retireGridButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Retire"));
    // Retiring is not undone by a stray Enter: Ctrl+Enter or a click confirms.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GridRetireDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &GridRetireDialog::updateCount);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &GridRetireDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reasonEdit, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(440, 280);
    updateCount();
}

GridRetireDialog *GridRetireDialog::reopen(ClientSession &session, const OutboxEntry &refused, QWidget *parent)
{
    if (refused.name != QLatin1String(cmd::kGridRetire))
        return nullptr;
    const std::optional<Grid> current =
        session.replica()->grid(refused.args.value(QStringLiteral("gridId")).toInteger());
    if (!current || current->status != Grid::Status::Active)
        return nullptr;
    auto *dialog = new GridRetireDialog(session, ShownGrid{*current, {}, {}}, parent);
    dialog->m_reasonEdit->setPlainText(refused.args.value(QStringLiteral("reason")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->showError(tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

void GridRetireDialog::updateCount()
{
    const qsizetype length = m_reasonEdit->toPlainText().trimmed().size();
    m_countLabel->setText(tr("%1 / %2 characters").arg(length).arg(kMaxRetireReasonLength));
    m_countLabel->setStyleSheet(length > kMaxRetireReasonLength ? QStringLiteral("color: #c0392b;") : QString());
}

void GridRetireDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void GridRetireDialog::save()
{
    // Line breaks are kept apart from the name rules' single line: they become spaces.
    QString text = m_reasonEdit->toPlainText();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    auto reason = normalizeName(text, tr("reason for retiring"), kMaxRetireReasonLength);
    if (!reason) {
        showError(reason.error().message);
        m_reasonEdit->setFocus();
        return;
    }
    QCborMap args;
    args.insert(QStringLiteral("gridId"), m_grid.id);
    args.insert(QStringLiteral("revision"), m_grid.revision);
    args.insert(QStringLiteral("reason"), reason.value());
    const QString summary = tr("Retire grid %1").arg(m_grid.name);
    auto queued = m_refusedId.isEmpty()
                      ? m_session.submit(QString::fromLatin1(cmd::kGridRetire), args, summary, m_buildsOn)
                      : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    accept();
}

} // namespace gridsafe
