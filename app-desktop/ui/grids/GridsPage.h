#pragma once
// 网格 — the grids page: the region tree on the left, the selected town's grids on the right,
// and the actions the user's role allows (new, edit, retire).

#include "core/PendingGrids.h"
#include "domain/Grid.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTableView;
class QTreeView;

namespace gridsafe {

class ClientSession;
class GridEditDialog;
class GridTableModel;
struct OutboxEntry;
class RegionTreeActions;
class RegionTreeModel;

class GridsPage : public QWidget
{
    Q_OBJECT

public:
    explicit GridsPage(ClientSession &session, QWidget *parent = nullptr);

    RegionTreeModel &regionModel() const { return *m_regions; }
    RegionTreeActions &regionActions() const { return *m_regionActions; }
    GridTableModel &gridModel() const { return *m_grids; }
    // Reopens a grid command the server refused in its dialog, with the user's values and
    // the reason; false when it is not a grid command or its grid is gone.
    bool reopenRefused(const OutboxEntry &refused);
    // New (Ctrl+N), Edit (F2; Enter on a row), Retire (Delete on the table), Find (Ctrl+F),
    // Assign inspector (Ctrl+I):
    // the page's actions, for the window's menu.
    QList<QAction *> gridActions() const;
    // Selects a region in the tree (a town shows its grids, an area the grids covering it).
    void showRegion(qint64 regionId);
    // Selects the grid in its town's list and gives the list the focus.
    void showGrid(qint64 townId, qint64 gridId);
    // The splitter's and the table columns' layout, kept between runs.
    QByteArray saveViewState() const;
    void restoreViewState(const QByteArray &state);

private:
    void buildLayout();
    void onRegionChanged(const QModelIndex &current);
    void keepTreeState();
    void restoreTreeState();
    void keepGridSelection();
    void restoreGridSelection();
    void selectDefaultTown();
    void updateHeading();
    void updateButtons();
    void updateEmptyState();
    // For a grid inspector: only the grids their inspector record holds.
    void followOwnGrids();
    std::optional<Grid> selectedGrid() const;
    std::optional<ShownGrid> selectedShownGrid() const;
    void newGrid();
    void editGrid();
    void retireGrid();
    void restoreGrid();
    void assignInspector();
    void unassignInspector();
    void openEditDialog(GridEditDialog *dialog);
    void buildActions();

    ClientSession &m_session;
    RegionTreeModel *m_regions;
    RegionTreeActions *m_regionActions = nullptr;
    GridTableModel *m_grids;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_counts = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_retireButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_assignButton = nullptr;
    QPushButton *m_unassignButton = nullptr;
    QCheckBox *m_showRetired = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_emptyState = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_uncovered = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_retireAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_assignAction = nullptr;

    // Kept across model resets so a sync does not lose the user's place.
    std::optional<qint64> m_keptRegion;
    QSet<qint64> m_collapsedRegions;
    std::optional<qint64> m_keptGrid;
    // A grid the user just created gets selected once the sync brings it.
    QString m_awaitedCommand;
    std::optional<qint64> m_gridToSelect;
};

} // namespace gridsafe
