#include "ui/outbox/OutboxDialog.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "protocol/ErrorCode.h"
#include "ui/ChineseSortProxy.h"
#include "ui/outbox/OutboxTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gridsafe {

OutboxDialog::OutboxDialog(ClientSession &session, QWidget *parent) :
    QDialog(parent),
    m_session(session),
    m_model(new OutboxTableModel(*session.outbox(), this)),
    m_proxy(new ChineseSortProxy(this)),
    m_table(new QTableView(this)),
    m_correct(new QPushButton(tr("Correct…"), this)),
    m_retry(new QPushButton(tr("Send again"), this)),
    m_discard(new QPushButton(tr("Discard…"), this)),
    m_error(new QLabel(this)),
    m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("outboxDialog"));
    setWindowTitle(tr("Changes waiting for the server"));
    resize(760, 360);

    auto *intro = new QLabel(tr("Changes are kept here until the server confirms them. A change the "
                                "server refused stays until you correct it, send it again or discard it."),
                             this);
    m_empty->setObjectName(QStringLiteral("outboxEmptyLabel"));
    m_empty->setText(tr("Nothing is waiting: the server has every change you made."));
    m_empty->setAlignment(Qt::AlignCenter);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    // Oldest first, as the queue runs; any column sorts on a click, the search filters.
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    for (int column : {OutboxTableModel::Created, OutboxTableModel::Change, OutboxTableModel::State})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_correct->setObjectName(QStringLiteral("outboxCorrectButton"));
    m_correct->setToolTip(tr("Open the refused change with your values, correct it and send it again."));
    m_retry->setObjectName(QStringLiteral("outboxRetryButton"));
    m_retry->setToolTip(tr("Send the refused change to the server once more, unchanged."));
    m_discard->setObjectName(QStringLiteral("outboxDiscardButton"));
    m_discard->setToolTip(tr("Drop the refused change; it will not be applied."));
    m_error->setObjectName(QStringLiteral("outboxError"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("outboxSearchEdit"));
    search->setPlaceholderText(tr("Find a change"));
    search->setClearButtonEnabled(true);
    connect(search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_correct);
    actions->addWidget(m_retry);
    actions->addWidget(m_discard);
    actions->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    actions->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retry);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        const QString id = selectedRejectedId();
        if (!id.isEmpty())
            Q_EMIT correctionRequested(id);
    });
    connect(m_discard, &QPushButton::clicked, this, &OutboxDialog::discard);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxDialog::updateButtons);
    // Start on the first refused change: that is what the user came to resolve.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row)->state == OutboxEntry::State::Rejected) {
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
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
    const OutboxEntry *entry = m_model->entryAt(m_proxy->mapToSource(rows.first()).row());
    return entry && entry->state == OutboxEntry::State::Rejected ? entry->commandId : QString();
}

bool OutboxDialog::resendMaySucceed(const QString &errorCode)
{
    return errorCode == errorCodeName(ErrorCode::Internal)
           || errorCode == errorCodeName(ErrorCode::UnknownCommand);
}

void OutboxDialog::updateButtons()
{
    const QString id = selectedRejectedId();
    const std::optional<OutboxEntry> entry = id.isEmpty() ? std::nullopt : m_session.outbox()->entry(id);
    const bool mayResend = entry && resendMaySucceed(entry->errorCode);
    m_correct->setEnabled(entry.has_value());
    m_retry->setEnabled(mayResend);
    m_retry->setToolTip(mayResend || !entry
                            ? tr("Send the refused change to the server once more, unchanged.")
                            : tr("Sent unchanged it would be refused again for the same reason: correct "
                                 "it or discard it."));
    m_discard->setEnabled(entry.has_value());
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
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
    const int following = int(m_session.outbox()->dependents(id).size());
    auto *confirm =
        new QMessageBox(QMessageBox::Question, tr("Discard change"),
                        following == 0 ? tr("Discard this change? It will not be applied.")
                                       : tr("Discard this change and the %n later change(s) made on top of "
                                            "it? None of them will be applied.",
                                            nullptr, following),
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
