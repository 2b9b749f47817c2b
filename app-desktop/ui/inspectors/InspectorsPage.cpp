#include "ui/inspectors/InspectorsPage.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "ui/ChineseSortProxy.h"
#include "ui/TownChooser.h"
#include "ui/inspectors/InspectorEditDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace gridsafe {

InspectorsPage::InspectorsPage(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_session(session),
    m_model(new InspectorTableModel(*session.replica(), *session.outbox(), this)),
    m_proxy(new ChineseSortProxy(this))
{
    setObjectName(QStringLiteral("inspectorsPage"));
    m_proxy->setSourceModel(m_model);
    buildLayout();
    buildActions();

    // The proxy resets with the model: keep the selected inspector across it, by id.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &InspectorsPage::keepSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InspectorsPage::restoreSelection);
    connect(m_model, &InspectorTableModel::reloaded, this, &InspectorsPage::updateHeading);
    connect(m_townBox, &TownChooser::townChanged, this, &InspectorsPage::onTownChosen);
    connect(m_search, &QLineEdit::textChanged, m_model, &InspectorTableModel::setSearch);
    connect(m_attentionCheck, &QCheckBox::toggled, m_model, &InspectorTableModel::setNeedsAttentionOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InspectorsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, m_editAction, &QAction::trigger);
    connect(m_newButton, &QPushButton::clicked, this, &InspectorsPage::newInspector);
    connect(m_editButton, &QPushButton::clicked, this, &InspectorsPage::editInspector);
    connect(&m_session, &ClientSession::commandApplied, this,
            [this](const QString &commandId, const QCborMap &result) {
                if (commandId != m_awaitedCommand)
                    return;
                m_awaitedCommand.clear();
                m_inspectorToSelect = result.value(QStringLiteral("inspectorId")).toInteger();
                restoreSelection(); // in case the sync was quicker than this note
            });
    onTownChosen();
}

void InspectorsPage::buildLayout()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("inspectorHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("inspectorCounts"));
    m_counts->setWordWrap(true);
    m_counts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Its text changes with every sync: it must not change how small the window may be.
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_townBox = new TownChooser(m_session, TownChooser::AllTowns::Offered, this);
    m_townBox->setObjectName(QStringLiteral("inspectorTownBox"));
    auto *townLabel = new QLabel(tr("&Town:"), this);
    townLabel->setBuddy(m_townBox);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inspectorSearchEdit"));
    m_search->setPlaceholderText(tr("Find by name, phone, unit, grid or certificate (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(150);
    m_search->setMaximumWidth(320);
    //: 只看需处理的: no valid certificate, certificate expiring, or training due.
    m_attentionCheck = new QCheckBox(tr("Only those needing &attention"), this);
    m_attentionCheck->setObjectName(QStringLiteral("needsAttentionCheck"));
    m_attentionCheck->setToolTip(tr("Active inspectors without a valid certificate, with one running out "
                                    "within %1 days, or behind with this year's training.")
                                     .arg(kCertificateExpiryWarningDays));

    m_newButton = new QPushButton(tr("New inspector…"), this);
    m_newButton->setObjectName(QStringLiteral("newInspectorButton"));
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editInspectorButton"));
    // The training, exam and certificate buttons go here (addToolButton).
    m_toolArea = new QWidget(this);
    m_toolArea->setObjectName(QStringLiteral("inspectorToolArea"));
    m_toolLayout = new QHBoxLayout(m_toolArea);
    m_toolLayout->setContentsMargins(0, 0, 0, 0);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inspectorTable"));
    m_table->setModel(m_proxy);
    // Click a header to sort by it; text sorts in pinyin order, numbers by value.
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InspectorTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab moves on to the next control
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InspectorTableModel::Grids, QHeaderView::Stretch);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("inspectorsEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt;"));
    m_emptyState->hide();

    auto *headingRow = new QHBoxLayout;
    m_headingRow = headingRow;
    headingRow->addWidget(m_heading);
    headingRow->addStretch(1);
    headingRow->addWidget(m_counts, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(townLabel);
    filterRow->addWidget(m_townBox);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_attentionCheck);
    filterRow->addStretch(0);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_newButton);
    buttonRow->addWidget(m_editButton);
    buttonRow->addSpacing(4);
    buttonRow->addWidget(m_toolArea);
    buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addLayout(filterRow);
    layout->addLayout(buttonRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyState, 1);
}

void InspectorsPage::buildActions()
{
    m_newAction = new QAction(tr("&New inspector…"), this);
    m_newAction->setObjectName(QStringLiteral("newInspectorAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction = new QAction(tr("&Edit inspector…"), this);
    m_editAction->setObjectName(QStringLiteral("editInspectorAction"));
    m_editAction->setShortcut(Qt::Key_F2);
    m_findAction = new QAction(tr("&Find inspector…"), this);
    m_findAction->setObjectName(QStringLiteral("findInspectorAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (m_newButton->isEnabled())
            newInspector();
    });
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (m_editButton->isEnabled())
            editInspector();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    for (QAction *action : {m_newAction, m_editAction, m_findAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // Enter on a row opens it, as a double click does.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, m_editAction, &QAction::trigger);
    }
}

QList<QAction *> InspectorsPage::inspectorActions() const
{
    return {m_newAction, m_editAction, m_findAction};
}

void InspectorsPage::addToolButton(QPushButton *button)
{
    m_toolLayout->addWidget(button);
}

void InspectorsPage::addHeadingButton(QPushButton *button)
{
    m_headingRow->insertWidget(m_headingRow->indexOf(m_heading) + 1, button, 0, Qt::AlignVCenter);
}

void InspectorsPage::onTownChosen()
{
    const std::optional<qint64> townId = m_townBox->town();
    // An operator with no town yet in the replica sees nothing, never every town.
    if (!townId && roleNeedsTown(m_session.user().role))
        m_model->setTown(m_session.user().townId.value_or(-1));
    else
        m_model->setTown(townId);
    m_table->setColumnHidden(InspectorTableModel::Town, m_model->town().has_value());
    updateHeading();
    updateButtons();
}

std::optional<ShownInspector> InspectorsPage::selectedInspector() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->shownAt(m_proxy->mapToSource(rows.first()).row());
}

void InspectorsPage::keepSelection()
{
    const std::optional<ShownInspector> selected = selectedInspector();
    m_keptInspector = selected ? std::optional(selected->inspector.id) : std::nullopt;
}

void InspectorsPage::restoreSelection()
{
    std::optional<qint64> wanted = m_keptInspector;
    if (m_inspectorToSelect && m_model->rowOfInspector(*m_inspectorToSelect) >= 0) {
        wanted = m_inspectorToSelect;
        m_inspectorToSelect.reset();
    }
    const int row = wanted ? m_model->rowOfInspector(*wanted) : -1;
    m_table->setColumnHidden(InspectorTableModel::Town, m_model->town().has_value());
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
    updateButtons();
}

void InspectorsPage::showInspector(qint64 inspectorId)
{
    const QList<Inspector> all = ReplicaRecords(*m_session.replica()).inspectors();
    const auto found = std::find_if(all.cbegin(), all.cend(), [inspectorId](const Inspector &inspector) {
        return inspector.id == inspectorId;
    });
    if (found != all.cend() && m_model->town() && *m_model->town() != found->townId) {
        m_townBox->setTown(found->townId);
    }
    if (m_model->rowOfInspector(inspectorId) < 0) {
        m_search->clear();
        m_attentionCheck->setChecked(false);
    }
    m_inspectorToSelect = inspectorId;
    restoreSelection();
    m_table->setFocus();
}

void InspectorsPage::updateHeading()
{
    const std::optional<qint64> town = m_model->town();
    const std::optional<Region> region = town ? m_session.replica()->region(*town) : std::nullopt;
    m_heading->setText(region ? tr("Inspectors of %1").arg(region->name) : tr("Inspectors"));
    const InspectorTableModel::Counts &counts = m_model->counts();
    QStringList parts;
    if (counts.filteredOut > 0)
        parts.append(tr("%1 shown").arg(m_model->rowCount()));
    parts.append(counts.inactive > 0
                     ? tr("%n inspector(s), %1 inactive", nullptr, counts.total).arg(counts.inactive)
                     : tr("%n inspector(s)", nullptr, counts.total));
    if (counts.withoutCertificate > 0)
        parts.append(tr("%n without a valid certificate", nullptr, counts.withoutCertificate));
    if (counts.expiringSoon > 0)
        parts.append(tr("%n expiring within %1 days", nullptr, counts.expiringSoon)
                         .arg(kCertificateExpiryWarningDays));
    if (counts.dueForTraining > 0)
        parts.append(tr("%n due for training", nullptr, counts.dueForTraining));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    updateEmptyState();
    updateButtons();
}

void InspectorsPage::updateButtons()
{
    const Role role = m_session.user().role;
    const bool mayCreate = roleMayRun(role, QString::fromLatin1(cmd::kInspectorCreate));
    const bool mayUpdate = roleMayRun(role, QString::fromLatin1(cmd::kInspectorUpdate));
    const bool selected = selectedInspector().has_value();
    m_newButton->setEnabled(mayCreate && m_model->town().has_value());
    m_editButton->setEnabled(mayUpdate && selected);
    m_newAction->setEnabled(m_newButton->isEnabled());
    m_editAction->setEnabled(m_editButton->isEnabled());
    const QString notAllowed = tr("Your role (%1) cannot change inspectors.").arg(roleDisplayName(role));
    m_newButton->setToolTip(!mayCreate                    ? notAllowed
                            : m_model->town().has_value() ? tr("Register an inspector of the town shown")
                                                          : tr("Choose a town first"));
    m_editButton->setToolTip(mayUpdate ? tr("Change the selected inspector's details") : notAllowed);
    Q_EMIT selectionChanged();
}

void InspectorsPage::updateEmptyState()
{
    // An empty table says why, and what to do next, for the user's role.
    const InspectorTableModel::Counts &counts = m_model->counts();
    const bool mayCreate = roleMayRun(m_session.user().role, QString::fromLatin1(cmd::kInspectorCreate));
    QString text;
    if (m_townBox->count() == 0) {
        text = tr(
            "There are no towns yet. An administrator sets up the regions; they arrive with the next sync.");
    } else if (m_model->rowCount() == 0 && counts.total > 0) {
        text = m_search->text().trimmed().isEmpty()
                   ? tr("No inspector needs attention: every active inspector holds a valid certificate and "
                        "is up to date with training.")
                   : tr("No inspector matches the search.");
    } else if (counts.total == 0) {
        if (!mayCreate)
            text = tr("No inspectors have been registered yet.");
        else if (m_model->town())
            text = tr("No inspectors registered yet. New inspector… (Ctrl+N) registers the person who looks "
                      "after a grid; record their training and exam and issue a certificate, and they can be "
                      "given a grid.");
        else
            text = tr("No inspectors registered yet. Choose a town above, then New inspector… (Ctrl+N).");
    }
    m_emptyState->setText(text);
    m_emptyState->setVisible(!text.isEmpty());
    m_table->setVisible(text.isEmpty());
}

void InspectorsPage::newInspector()
{
    if (const std::optional<qint64> town = m_model->town())
        openEditDialog(new InspectorEditDialog(m_session, *town, this));
}

void InspectorsPage::editInspector()
{
    if (const std::optional<ShownInspector> shown = selectedInspector())
        openEditDialog(new InspectorEditDialog(m_session, *shown, this));
}

void InspectorsPage::openEditDialog(InspectorEditDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The new row shows at once (pending); select it, and the confirmed one later.
        if (dialog->commandId().isEmpty())
            return;
        m_awaitedCommand = dialog->commandId();
        if (const std::optional<OutboxEntry> queued = m_session.outbox()->entry(dialog->commandId());
            queued && queued->name == QLatin1String(cmd::kInspectorCreate)) {
            m_inspectorToSelect = -queued->seq;
            restoreSelection();
        }
    });
    dialog->open();
}

bool InspectorsPage::reopenRefused(const OutboxEntry &refused)
{
    InspectorEditDialog *dialog = InspectorEditDialog::reopen(m_session, refused, this);
    if (!dialog)
        return false;
    openEditDialog(dialog);
    return true;
}

} // namespace gridsafe
