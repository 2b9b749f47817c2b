#include "ui/grids/GridsPage.h"

#include "core/ClientSession.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "ui/grids/GridAssignDialog.h"
#include "ui/grids/GridEditDialog.h"
#include "ui/grids/GridStatusDialog.h"
#include "ui/grids/GridTableModel.h"
#include "ui/grids/RegionTreeActions.h"
#include "ui/grids/RegionTreeDelegate.h"
#include "ui/grids/RegionTreeModel.h"

#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace gridsafe {

GridsPage::GridsPage(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_session(session),
    m_regions(new RegionTreeModel(*session.replica(), session.outbox(), this)),
    m_grids(new GridTableModel(*session.replica(), *session.outbox(), this))
{
    setObjectName(QStringLiteral("gridsPage"));
    buildLayout();
    buildActions();

    connect(m_regions, &QAbstractItemModel::modelAboutToBeReset, this, &GridsPage::keepTreeState);
    connect(m_regions, &QAbstractItemModel::modelReset, this, &GridsPage::restoreTreeState);
    connect(m_grids, &QAbstractItemModel::modelAboutToBeReset, this, &GridsPage::keepGridSelection);
    connect(m_grids, &QAbstractItemModel::modelReset, this, &GridsPage::restoreGridSelection);
    connect(m_grids, &GridTableModel::reloaded, this, &GridsPage::updateHeading);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GridsPage::onRegionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GridsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editButton->isEnabled())
            editGrid();
    });
    connect(m_showRetired, &QCheckBox::toggled, m_grids, &GridTableModel::setShowRetired);
    connect(m_showRetired, &QCheckBox::toggled, this, &GridsPage::updateButtons);
    connect(m_search, &QLineEdit::textChanged, m_grids, &GridTableModel::setSearch);
    connect(m_newButton, &QPushButton::clicked, this, &GridsPage::newGrid);
    connect(m_editButton, &QPushButton::clicked, this, &GridsPage::editGrid);
    connect(m_retireButton, &QPushButton::clicked, this, &GridsPage::retireGrid);
    connect(m_restoreButton, &QPushButton::clicked, this, &GridsPage::restoreGrid);
    connect(m_assignButton, &QPushButton::clicked, this, &GridsPage::assignInspector);
    connect(m_unassignButton, &QPushButton::clicked, this, &GridsPage::unassignInspector);
    connect(m_regions, &QAbstractItemModel::dataChanged, this, &GridsPage::updateHeading);
    connect(&m_session, &ClientSession::commandApplied, this,
            [this](const QString &commandId, const QCborMap &result) {
                if (commandId != m_awaitedCommand)
                    return;
                m_awaitedCommand.clear();
                m_gridToSelect = result.value(QStringLiteral("gridId")).toInteger();
                restoreGridSelection(); // in case the sync was quicker than this note
            });

    // A grid inspector sees the grids they hold (一格一员), found through their linked record.
    if (m_session.user().role == Role::Inspector) {
        connect(m_session.replica(), &Replica::changed, this, &GridsPage::followOwnGrids);
        followOwnGrids();
    }
    m_regionActions = new RegionTreeActions(m_session, *m_tree, *m_regions, this);
    m_tree->expandAll();
    selectDefaultTown();
    updateHeading();
    updateButtons();
}

void GridsPage::buildLayout()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("regionTree"));
    m_tree->setModel(m_regions);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setMinimumWidth(180);
    m_tree->setItemDelegate(new RegionTreeDelegate(m_tree));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("gridHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("gridCounts"));
    m_counts->setWordWrap(true);
    m_counts->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Its text changes with the selection: it must not change how small the window may be.
    m_counts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_newButton = new QPushButton(tr("New grid…"), this);
    m_newButton->setObjectName(QStringLiteral("newGridButton"));
    m_editButton = new QPushButton(tr("Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editGridButton"));
    m_retireButton = new QPushButton(tr("Retire…"), this);
    m_retireButton->setObjectName(QStringLiteral("retireGridButton"));
    m_restoreButton = new QPushButton(tr("Restore…"), this);
    m_restoreButton->setObjectName(QStringLiteral("restoreGridButton"));
    //: 任命网格员…
    m_assignButton = new QPushButton(tr("Assign…"), this);
    m_assignButton->setObjectName(QStringLiteral("assignInspectorButton"));
    //: 免去网格员…
    m_unassignButton = new QPushButton(tr("Relieve…"), this);
    m_unassignButton->setObjectName(QStringLiteral("unassignInspectorButton"));
    m_restoreButton->hide(); // until retired grids are shown; hidden before layout, so it takes no room
    m_showRetired = new QCheckBox(tr("Show retired grids"), this);
    m_showRetired->setObjectName(QStringLiteral("showRetiredCheck"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("gridSearchEdit"));
    m_search->setPlaceholderText(tr("Find a grid or village (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("gridsEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt;"));
    m_emptyState->hide();
    m_uncovered = new QLabel(this);
    m_uncovered->setObjectName(QStringLiteral("uncoveredLabel"));
    m_uncovered->setStyleSheet(QStringLiteral("color: #9a5b00;"));
    m_uncovered->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_search->setMinimumWidth(150);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("gridTable"));
    m_table->setModel(m_grids);
    // Click a header to sort by it; names sort in pinyin order (GridTableModel).
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GridTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Tab moves on to the next control instead of walking the cells.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(GridTableModel::Code, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GridTableModel::Name, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GridTableModel::Inspector, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GridTableModel::Areas, QHeaderView::Stretch);
    header->setSectionResizeMode(GridTableModel::Status, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GridTableModel::Updated, QHeaderView::ResizeToContents);

    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading);
    // The counts take the room between the heading and the search (right-aligned): with a
    // stretch beside them they would get none, their size hint being ignored.
    headingRow->addWidget(m_counts, 1);
    headingRow->addWidget(m_search);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_newButton);
    buttonRow->addWidget(m_editButton);
    buttonRow->addWidget(m_retireButton);
    buttonRow->addWidget(m_restoreButton);
    buttonRow->addSpacing(12);
    buttonRow->addWidget(m_assignButton);
    buttonRow->addWidget(m_unassignButton);
    buttonRow->addStretch(1);

    // Under the table: what is not shown (retired grids) and what is missing (areas in no grid).
    auto *footRow = new QHBoxLayout;
    footRow->addWidget(m_showRetired);
    footRow->addStretch(1);
    footRow->addWidget(m_uncovered);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(headingRow);
    rightLayout->addLayout(buttonRow);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_emptyState, 1);
    rightLayout->addLayout(footRow);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("gridsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 760});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

void GridsPage::buildActions()
{
    m_newAction = new QAction(QIcon(QStringLiteral(":/icons/nav-grids.svg")), tr("&New grid…"), this);
    m_newAction->setObjectName(QStringLiteral("newGridAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction = new QAction(tr("&Edit grid…"), this);
    m_editAction->setObjectName(QStringLiteral("editGridAction"));
    m_editAction->setShortcut(Qt::Key_F2);
    m_retireAction = new QAction(tr("&Retire grid…"), this);
    m_retireAction->setObjectName(QStringLiteral("retireGridAction"));
    m_retireAction->setShortcut(QKeySequence::Delete);
    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setObjectName(QStringLiteral("findGridAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_assignAction = new QAction(tr("&Assign inspector…"), this);
    m_assignAction->setObjectName(QStringLiteral("assignInspectorAction"));
    m_assignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_assignAction, &QAction::triggered, this, [this] {
        if (m_assignButton->isEnabled())
            assignInspector();
    });
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (m_newButton->isEnabled())
            newGrid();
    });
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (m_editButton->isEnabled())
            editGrid();
    });
    connect(m_retireAction, &QAction::triggered, this, [this] {
        if (m_retireButton->isEnabled())
            retireGrid();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Delete retires only from the table: in a text field it deletes text.
    m_retireAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_retireAction);
    for (QAction *action : {m_newAction, m_editAction, m_findAction, m_assignAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // Enter on a row opens it, as a double click does.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(open, &QShortcut::activated, m_editAction, &QAction::trigger);
    }
}

QList<QAction *> GridsPage::gridActions() const
{
    return {m_newAction, m_editAction, m_retireAction, m_assignAction, m_findAction};
}

void GridsPage::onRegionChanged(const QModelIndex &current)
{
    const QVariant town = current.data(RegionTreeModel::TownIdRole);
    m_grids->setTown(town.isValid() ? std::optional<qint64>(town.toLongLong()) : std::nullopt);
    // A village, community or park shows the grids covering it.
    const std::optional<Region> region = m_regions->regionAt(current);
    m_grids->setArea(region && isGridArea(region->kind) ? std::optional<qint64>(region->id) : std::nullopt);
    updateHeading();
    updateButtons();
}

void GridsPage::keepTreeState()
{
    const std::optional<Region> current = m_regions->regionAt(m_tree->currentIndex());
    m_keptRegion = current ? std::optional<qint64>(current->id) : std::nullopt;
    m_collapsedRegions.clear();
    // Walk the tree: only nodes with children can be collapsed.
    QList<QModelIndex> pending = {QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_regions->rowCount(parent); ++row) {
            const QModelIndex child = m_regions->index(row, 0, parent);
            if (m_regions->rowCount(child) == 0)
                continue;
            if (!m_tree->isExpanded(child))
                m_collapsedRegions.insert(child.data(RegionTreeModel::RegionIdRole).toLongLong());
            pending.append(child);
        }
    }
}

void GridsPage::restoreTreeState()
{
    m_tree->expandAll();
    for (qint64 id : std::as_const(m_collapsedRegions))
        m_tree->collapse(m_regions->indexOfRegion(id));
    const QModelIndex kept = m_keptRegion ? m_regions->indexOfRegion(*m_keptRegion) : QModelIndex();
    if (kept.isValid())
        m_tree->setCurrentIndex(kept);
    else
        selectDefaultTown();
}

void GridsPage::showRegion(qint64 regionId)
{
    const QModelIndex index = m_regions->indexOfRegion(regionId);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void GridsPage::showGrid(qint64 townId, qint64 gridId)
{
    showRegion(townId);
    m_gridToSelect = gridId;
    restoreGridSelection();
    m_table->setFocus();
}

void GridsPage::selectDefaultTown()
{
    if (m_tree->currentIndex().isValid())
        return;
    // A town operator or inspector starts at their own town.
    if (const std::optional<qint64> town = m_session.user().townId) {
        const QModelIndex index = m_regions->indexOfRegion(*town);
        if (index.isValid())
            m_tree->setCurrentIndex(index);
    }
}

void GridsPage::keepGridSelection()
{
    const std::optional<Grid> grid = selectedGrid();
    m_keptGrid = grid ? std::optional<qint64>(grid->id) : std::nullopt;
}

void GridsPage::restoreGridSelection()
{
    std::optional<qint64> wanted = m_keptGrid;
    if (m_gridToSelect && m_grids->rowOfGrid(*m_gridToSelect) >= 0) {
        wanted = m_gridToSelect;
        m_gridToSelect.reset();
    }
    const int row = wanted ? m_grids->rowOfGrid(*wanted) : -1;
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_grids->index(row, 0));
    }
    updateButtons();
}

QByteArray GridsPage::saveViewState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_splitter->saveState() << m_table->horizontalHeader()->saveState();
    return state;
}

void GridsPage::restoreViewState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray splitter;
    QByteArray columns;
    in >> version >> splitter >> columns;
    if (in.status() != QDataStream::Ok || version != 1)
        return; // nothing saved yet, or by another version: the defaults stay
    m_splitter->restoreState(splitter);
    m_table->horizontalHeader()->restoreState(columns);
}

void GridsPage::updateHeading()
{
    const std::optional<qint64> town = m_grids->town();
    const std::optional<Region> region = town ? m_session.replica()->region(*town) : std::nullopt;
    if (!region) {
        m_heading->setText(tr("Grids"));
        m_counts->clear();
        m_uncovered->clear();
        updateEmptyState();
        return;
    }
    const std::optional<Region> area =
        m_grids->area() ? m_session.replica()->region(*m_grids->area()) : std::nullopt;
    m_heading->setText(area ? tr("Grids of %1 covering %2").arg(region->name, area->name)
                            : tr("Grids of %1").arg(region->name));
    QString counts =
        m_grids->retiredCount() > 0
            ? tr("%1 active, %2 retired").arg(m_grids->activeCount()).arg(m_grids->retiredCount())
            : tr("%1 active").arg(m_grids->activeCount());
    if (m_grids->filteredOut() > 0)
        counts = tr("%1 shown; %2").arg(m_grids->rowCount()).arg(counts);
    m_counts->setText(counts);
    const int uncovered = m_regions->uncoveredCount(region->id);
    m_uncovered->setText(uncovered > 0
                             ? tr("%n village(s) or community(ies) not in any grid", nullptr, uncovered)
                             : QString());
    m_uncovered->setToolTip(
        tr("Marked \"%1\" in the tree on the left.").arg(RegionTreeDelegate::uncoveredTag()));
    updateEmptyState();
}

void GridsPage::updateButtons()
{
    const Role role = m_session.user().role;
    const bool mayCreate = roleMayRun(role, QString::fromLatin1(cmd::kGridCreate));
    const bool mayUpdate = roleMayRun(role, QString::fromLatin1(cmd::kGridUpdate));
    const bool mayRetire = roleMayRun(role, QString::fromLatin1(cmd::kGridRetire));
    const std::optional<Grid> grid = selectedGrid();
    const bool activeSelected = grid && grid->status == Grid::Status::Active;
    m_newButton->setEnabled(mayCreate && m_grids->town().has_value());
    m_editButton->setEnabled(mayUpdate && activeSelected);
    m_retireButton->setEnabled(mayRetire && activeSelected);
    const bool mayRestore = roleMayRun(role, QString::fromLatin1(cmd::kGridRestore));
    // Shown only where it applies: a retired grid is selected (they show when asked for).
    m_restoreButton->setVisible(mayRestore && m_showRetired->isChecked());
    m_restoreButton->setEnabled(mayRestore && grid && grid->status == Grid::Status::Retired);
    const bool mayAssign = roleMayRun(role, QString::fromLatin1(cmd::kGridAssignInspector));
    m_assignButton->setVisible(mayAssign);
    m_unassignButton->setVisible(roleMayRun(role, QString::fromLatin1(cmd::kGridUnassignInspector)));
    m_assignButton->setEnabled(mayAssign && activeSelected);
    m_unassignButton->setEnabled(activeSelected && grid->inspectorId.has_value());
    if (m_newAction) {
        m_assignAction->setEnabled(m_assignButton->isEnabled());
        m_newAction->setEnabled(m_newButton->isEnabled());
        m_editAction->setEnabled(m_editButton->isEnabled());
        m_retireAction->setEnabled(m_retireButton->isEnabled());
    }
    const QString notAllowed = tr("Your role (%1) cannot change grids.").arg(roleDisplayName(role));
    m_newButton->setToolTip(mayCreate ? tr("Create a grid in the selected town") : notAllowed);
    m_editButton->setToolTip(mayUpdate ? tr("Rename the selected grid or change its areas") : notAllowed);
    m_retireButton->setToolTip(mayRetire ? tr("Stop using the selected grid") : notAllowed);
    m_assignButton->setToolTip(tr("Make a certified inspector responsible for the selected grid (Ctrl+I)"));
    m_unassignButton->setToolTip(tr("Relieve the selected grid's inspector of it"));
}

void GridsPage::updateEmptyState()
{
    // An empty table says why, and what to do next, for the user's role.
    QString text;
    if (m_session.replica()->regions().isEmpty()) {
        text = m_session.user().role == Role::Admin ? tr("There are no regions yet. Set up the district, its "
                                                         "towns and villages in Settings › Regions.")
                                                    : tr("There are no regions yet. An administrator sets "
                                                         "them up; they arrive with the next sync.");
    } else if (!m_grids->town()) {
        text = tr("Select a town or street on the left to see its grids.");
    } else if (m_grids->rowCount() == 0) {
        if (m_grids->holder() && m_search->text().trimmed().isEmpty() && !m_grids->area())
            text =
                tr("No grid of this town is in your charge. Your town's office assigns grids to inspectors.");
        else if (m_grids->filteredOut() > 0)
            text = tr("No grid matches the search or the selected area.");
        else if (roleMayRun(m_session.user().role, QString::fromLatin1(cmd::kGridCreate)))
            text = tr("This town has no grids yet. New grid… (Ctrl+N) divides it: each grid covers villages, "
                      "communities or parks.");
        else
            text = tr("This town has not set up any grids yet.");
    }
    m_emptyState->setText(text);
    m_emptyState->setVisible(!text.isEmpty());
    m_table->setVisible(text.isEmpty());
}

void GridsPage::followOwnGrids()
{
    std::optional<qint64> record;
    for (const Inspector &inspector :
         ReplicaRecords(*m_session.replica()).inspectors(m_session.user().townId)) {
        if (inspector.userId == m_session.user().id)
            record = inspector.id;
    }
    m_grids->setHolder(record.value_or(-1));
}

std::optional<ShownGrid> GridsPage::selectedShownGrid() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_grids->shownAt(rows.first().row());
}

std::optional<Grid> GridsPage::selectedGrid() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_grids->gridAt(rows.first().row());
}

void GridsPage::newGrid()
{
    const std::optional<qint64> town = m_grids->town();
    if (!town)
        return;
    openEditDialog(new GridEditDialog(m_session, *town, this));
}

void GridsPage::openEditDialog(GridEditDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The new row shows at once (pending); select it, and the confirmed one later.
        if (dialog->commandId().isEmpty())
            return;
        m_awaitedCommand = dialog->commandId();
        if (const std::optional<OutboxEntry> queued = m_session.outbox()->entry(dialog->commandId());
            queued && queued->name == QLatin1String(cmd::kGridCreate)) {
            m_gridToSelect = -queued->seq;
            restoreGridSelection();
        }
    });
    dialog->open();
}

void GridsPage::editGrid()
{
    const std::optional<ShownGrid> grid = selectedShownGrid();
    if (!grid || grid->grid.status != Grid::Status::Active)
        return;
    openEditDialog(new GridEditDialog(m_session, *grid, this));
}

bool GridsPage::reopenRefused(const OutboxEntry &refused)
{
    QDialog *dialog = nullptr;
    if (GridEditDialog *edit = GridEditDialog::reopen(m_session, refused, this)) {
        openEditDialog(edit);
        return true;
    }
    dialog = GridStatusDialog::reopen(m_session, refused, this);
    if (!dialog)
        dialog = GridAssignDialog::reopen(m_session, refused, this);
    if (!dialog)
        return false;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

void GridsPage::restoreGrid()
{
    const std::optional<ShownGrid> grid = selectedShownGrid();
    if (!grid || grid->grid.status != Grid::Status::Retired)
        return;
    auto *dialog = new GridStatusDialog(m_session, *grid, GridStatusDialog::Action::Restore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GridsPage::retireGrid()
{
    const std::optional<ShownGrid> grid = selectedShownGrid();
    if (!grid || grid->grid.status != Grid::Status::Active)
        return;
    auto *dialog = new GridStatusDialog(m_session, *grid, GridStatusDialog::Action::Retire, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GridsPage::assignInspector()
{
    const std::optional<ShownGrid> grid = selectedShownGrid();
    if (!grid || grid->grid.status != Grid::Status::Active)
        return;
    auto *dialog = new GridAssignDialog(m_session, *grid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GridsPage::unassignInspector()
{
    const std::optional<ShownGrid> grid = selectedShownGrid();
    if (!grid || grid->grid.status != Grid::Status::Active || !grid->grid.inspectorId)
        return;
    auto *dialog = new GridStatusDialog(m_session, *grid, GridStatusDialog::Action::Unassign, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace gridsafe
