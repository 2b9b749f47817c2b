#include "ui/grids/GridStatusDialog.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
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
    m_introLabel(new QLabel(this)),
    m_reasonEdit(new QPlainTextEdit(this)),
    m_countLabel(new QLabel(this)),
    m_errorLabel(new QLabel(this)),
    m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    QString inspectorName;
    if (m_action == Action::Unassign && m_grid.inspectorId) {
        for (const Inspector &inspector : ReplicaRecords(*session.replica()).inspectors(m_grid.townId))
            if (inspector.id == *m_grid.inspectorId)
                inspectorName = inspector.name;
    }
    describe(inspectorName);
    m_introLabel->setWordWrap(true);
    m_reasonEdit->setObjectName(QStringLiteral("gridReasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_introLabel->setBuddy(m_reasonEdit);
    m_countLabel->setObjectName(QStringLiteral("gridReasonCount"));
    m_countLabel->setAlignment(Qt::AlignRight);
    m_errorLabel->setObjectName(QStringLiteral("gridReasonError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->hide();
    m_buttons->setObjectName(QStringLiteral("gridReasonButtons"));
    // A stray Enter changes nothing (it starts a new line): Ctrl+Enter or a click confirms.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GridStatusDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &GridStatusDialog::updateCount);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, this,
            &GridStatusDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_reasonEdit, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(440, 280);
    updateCount();
}

void GridStatusDialog::describe(const QString &inspectorName)
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    switch (m_action) {
    case Action::Retire:
        setObjectName(QStringLiteral("retireGridDialog"));
        setWindowTitle(tr("Retire grid %1").arg(m_grid.name));
        m_introLabel->setText(
            tr("Grid \"%1\" will no longer be used; its history stays. Why is it retired? (required)")
                .arg(m_grid.name));
        m_reasonEdit->setPlaceholderText(
            tr("e.g. merged into the Qiaonan Village grid after the 2026 re-division"));
        ok->setText(tr("Retire"));
        break;
    case Action::Restore:
        setObjectName(QStringLiteral("restoreGridDialog"));
        setWindowTitle(tr("Restore grid %1").arg(m_grid.name));
        m_introLabel->setText(tr("Grid \"%1\" will be in use again, over the areas it covered. Why is it "
                                 "restored? (required)")
                                  .arg(m_grid.name));
        m_reasonEdit->setPlaceholderText(tr("e.g. retired by mistake"));
        ok->setText(tr("Restore"));
        break;
    case Action::Unassign:
        setObjectName(QStringLiteral("unassignInspectorDialog"));
        //: 免去网格员
        setWindowTitle(tr("Relieve the inspector of grid %1").arg(m_grid.name));
        m_introLabel->setText(
            tr("%1 will no longer be responsible for grid \"%2\", which then has no "
               "inspector until another is assigned. Why? (required)")
                .arg(inspectorName.isEmpty() ? tr("The inspector") : inspectorName, m_grid.name));
        m_reasonEdit->setPlaceholderText(tr("e.g. moved to the town office in April"));
        ok->setText(tr("Relieve"));
        break;
    }
}

GridStatusDialog *GridStatusDialog::reopen(ClientSession &session, const OutboxEntry &refused,
                                           QWidget *parent)
{
    Action action = Action::Retire;
    if (refused.name == QLatin1String(cmd::kGridRestore))
        action = Action::Restore;
    else if (refused.name == QLatin1String(cmd::kGridUnassignInspector))
        action = Action::Unassign;
    else if (refused.name != QLatin1String(cmd::kGridRetire))
        return nullptr;
    const std::optional<Grid> current =
        session.replica()->grid(refused.args.value(QStringLiteral("gridId")).toInteger());
    const Grid::Status from = action == Action::Restore ? Grid::Status::Retired : Grid::Status::Active;
    if (!current || current->status != from || (action == Action::Unassign && !current->inspectorId))
        return nullptr;
    auto *dialog = new GridStatusDialog(session, ShownGrid{*current, {}, {}}, action, parent);
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
    QString what;
    QString summary;
    const char *command = nullptr;
    switch (m_action) {
    case Action::Retire:
        what = tr("reason for retiring");
        summary = tr("Retire grid %1").arg(m_grid.name);
        command = cmd::kGridRetire;
        break;
    case Action::Restore:
        what = tr("reason for restoring");
        summary = tr("Restore grid %1").arg(m_grid.name);
        command = cmd::kGridRestore;
        break;
    case Action::Unassign:
        what = tr("reason for relieving the inspector");
        summary = tr("Relieve the inspector of grid %1").arg(m_grid.name);
        command = cmd::kGridUnassignInspector;
        break;
    }
    auto reason = normalizeName(text, what, kMaxRetireReasonLength);
    if (!reason) {
        showError(reason.error().message);
        m_reasonEdit->setFocus();
        return;
    }
    QCborMap args;
    args.insert(QStringLiteral("gridId"), m_grid.id);
    args.insert(QStringLiteral("revision"), m_grid.revision);
    args.insert(QStringLiteral("reason"), reason.value());
    auto queued = m_refusedId.isEmpty()
                      ? m_session.submit(QString::fromLatin1(command), args, summary, m_buildsOn)
                      : m_session.resubmitRejected(m_refusedId, args, summary);
    if (!queued) {
        showError(queued.error().message);
        return;
    }
    accept();
}

} // namespace gridsafe
