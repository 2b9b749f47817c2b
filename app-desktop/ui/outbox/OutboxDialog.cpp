#include "ui/outbox/OutboxDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "ui/outbox/OutboxTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gridsafe {

OutboxDialog::OutboxDialog(ClientSession &session, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_model(new OutboxTableModel(*session.outbox(), this)),
    m_table(new QTableView(this)),
    m_retry(new QPushButton(tr("Send again"), this)),
    m_discard(new QPushButton(tr("Discard…"), this)),
    m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Changes waiting for the server"));
    resize(760, 360);

    auto *intro = new QLabel(tr("Changes are kept here until the server confirms them. A change the "
                                "server refused stays until you send it again or discard it."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    for (int column : {OutboxTableModel::Created, OutboxTableModel::Change, OutboxTableModel::State})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_retry->setObjectName(QStringLiteral("outboxRetryButton"));
    m_retry->setToolTip(tr("Send the refused change to the server once more, unchanged."));
    m_discard->setObjectName(QStringLiteral("outboxDiscardButton"));
    m_discard->setToolTip(tr("Drop the refused change; it will not be applied."));
    m_error->setObjectName(QStringLiteral("outboxError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_discard);
    actions->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    actions->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retry);
    connect(m_discard, &QPushButton::clicked, this, &OutboxDialog::discard);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxDialog::updateButtons);
    // Start on the first refused change: that is what the user came to resolve.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row)->state == OutboxEntry::State::Rejected) {
            m_table->selectRow(row);
            break;
        }
    }
    updateButtons();
}

QString OutboxDialog::selectedRejectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const OutboxEntry *entry = m_model->entryAt(rows.first().row());
    return entry && entry->state == OutboxEntry::State::Rejected ? entry->commandId : QString();
}

void OutboxDialog::updateButtons()
{
    const bool rejected = !selectedRejectedId().isEmpty();
    m_retry->setEnabled(rejected);
    m_discard->setEnabled(rejected);
}

void OutboxDialog::retry()
{
    const QString id = selectedRejectedId();
    if (id.isEmpty())
        return;
    if (Status done = m_session.retryRejected(id); !done) {
        m_error->setText(done.error().message);
        m_error->show();
    }
}

void OutboxDialog::discard()
{
    const QString id = selectedRejectedId();
    if (id.isEmpty())
        return;
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("Discard change"),
                                    tr("Discard this change? It will not be applied."),
                                    QMessageBox::Discard | QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("outboxDiscardConfirm"));
    confirm->setDefaultButton(QMessageBox::Cancel); // Enter keeps the change
    confirm->setEscapeButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm, &QMessageBox::finished, this, [this, id, confirm] {
        if (confirm->clickedButton() != confirm->button(QMessageBox::Discard))
            return;
        if (Status done = m_session.discardRejected(id); !done) {
            m_error->setText(done.error().message);
            m_error->show();
        }
    });
    confirm->open();
}

} // namespace gridsafe
