#include "ui/grids/GridStatusDialog.h"

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

GridStatusDialog::GridStatusDialog(ClientSession &session, const ShownGrid &grid, Action action,
                                   QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_grid(grid.grid),
    m_action(action),
    m_buildsOn(grid.lastPendingCommand),
    m_reasonEdit(new QPlainTextEdit(this)),
    m_countLabel(new QLabel(this)),
    m_errorLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool retire = m_action == Action::Retire;
    setObjectName(retire ? QStringLiteral("retireGridDialog") : QStringLiteral("restoreGridDialog"));
    setWindowTitle(retire ? tr("Retire grid %1").arg(m_grid.name) : tr("Restore grid %1").arg(m_grid.name));
    auto *label = new QLabel(
        retire ? tr("Grid \"%1\" will no longer be used; its history stays. Why is it retired? (required)")
                     .arg(m_grid.name)
               : tr("Grid \"%1\" will be in use again, over the areas it covered. Why is it restored? "
                    "(required)")
                     .arg(m_grid.name),
        this);
    label->setWordWrap(true);
    m_reasonEdit->setObjectName(QStringLiteral("gridReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(
        retire ? tr("e.g. merged into the Qiaonan Village grid after the 2026 re-division")
               : tr("e.g. retired by mistake"));
    label->setBuddy(m_reasonEdit);
    m_countLabel->setObjectName(QStringLiteral("gridReasonCount"));
    m_countLabel->setAlignment(Qt::AlignRight);
    m_errorLabel->setObjectName(QStringLiteral("gridReasonError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->hide();
    m_buttons->setObjectName(QStringLiteral("gridReasonButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(retire ? tr("Retire") : tr("Restore"));
    // A stray Enter changes nothing (it starts a new line): Ctrl+Enter or a click confirms.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GridStatusDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &GridStatusDialog::updateCount);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &GridStatusDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reasonEdit, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(440, 280);
    updateCount();
}

GridStatusDialog *GridStatusDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                           QWidget *parent)
{
    const bool retire = refused.name == QLatin1String(cmd::kGridRetire);
    if (!retire && refused.name != QLatin1String(cmd::kGridRestore))
        return nullptr;
    const std::optional<Grid> current =
        session.replica()->grid(refused.args.value(QStringLiteral("gridId")).toInteger());
    const Grid::Status from = retire ? Grid::Status::Active : Grid::Status::Retired;
    if (!current || current->status != from)
        return nullptr;
    auto *dialog = new GridStatusDialog(session, ShownGrid{*current, {}, {}},
                                        retire ? Action::Retire : Action::Restore, parent);
    dialog->m_reasonEdit->setPlainText(refused.args.value(QStringLiteral("reason")).toString());
    dialog->m_refusedId = refused.commandId;
    dialog->showError(tr("The server refused this change: %1").arg(refused.errorMessage));
    return dialog;
}

void GridStatusDialog::updateCount()
{
    const qsizetype length = m_reasonEdit->toPlainText().trimmed().size();
    m_countLabel->setText(tr("%1 / %2 characters").arg(length).arg(kMaxRetireReasonLength));
    m_countLabel->setStyleSheet(length > kMaxRetireReasonLength ? QStringLiteral("color: #c0392b;")
                                                                : QString());
}

void GridStatusDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void GridStatusDialog::save()
{
    // Line breaks are kept apart from the name rules' single line: they become spaces.
    QString text = m_reasonEdit->toPlainText();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const bool retire = m_action == Action::Retire;
    auto reason = normalizeName(text, retire ? tr("reason for retiring") : tr("reason for restoring"),
                                kMaxRetireReasonLength);
    if (!reason) {
        showError(reason.error().message);
        m_reasonEdit->setFocus();
        return;
    }
    QCborMap args;
    args.insert(QStringLiteral("gridId"), m_grid.id);
    args.insert(QStringLiteral("revision"), m_grid.revision);
    args.insert(QStringLiteral("reason"), reason.value());
    const QString summary =
        retire ? tr("Retire grid %1").arg(m_grid.name) : tr("Restore grid %1").arg(m_grid.name);
    const QString command = QString::fromLatin1(retire ? cmd::kGridRetire : cmd::kGridRestore);
    auto queued = m_refusedId.isEmpty() ? m_session.submit(command, args, summary, m_buildsOn)
                                        : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    accept();
}

} // namespace gridsafe
