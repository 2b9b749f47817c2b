#pragma once
// 网格一张图 — the grid map page: one town's villages, communities and parks drawn from their
// boundaries, each in the colour of its grid with the grid's name and inspector, the areas no
// grid covers hatched red. A click on a grid picks it (outlined) and asks to open it; the map
// can be saved as a PNG or an A4 PDF with a legend (for a report or the filing). Fed from the
// replica and redrawn when a sync changes what it shows. Operators see their own town; the
// district chooses among all towns.

#include "ui/map/GridMapData.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace gridsafe {

class ClientSession;
class GridMapScene;
class GridMapView;
class TownChooser;

class GridMapPage : public QWidget
{
    Q_OBJECT

public:
    explicit GridMapPage(ClientSession &session, QWidget *parent = nullptr);

    // The town shown, if any.
    std::optional<qint64> town() const;
    // Shows this town (when the user may see it).
    void showTown(qint64 townId);
    GridMapScene &scene() const { return *m_scene; }
    GridMapView &view() const { return *m_view; }
    // The grid picked on the map, if it is still there.
    std::optional<qint64> selectedGrid() const { return m_selectedGrid; }

    // Saves the map shown: an A4 PDF with title and legend when `path` ends in ".pdf", else a
    // PNG. False, with a message for the user in `error`, when there is nothing to save or the
    // file cannot be written.
    bool exportTo(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    // The user double-clicked a grid on the map (a click picks it): open it (the grids page).
    void gridActivated(qint64 townId, qint64 gridId);
    // The user double-clicked an area no grid covers: show where it is divided.
    void uncoveredAreaActivated(qint64 townId, qint64 regionId);

private:
    void buildLayout();
    void onTownChosen();
    void reload();
    void updateState();
    void onGridClicked(qint64 gridId);
    void onAreaClicked(qint64 regionId);
    void exportWithDialog(bool pdf);
    QString title() const;

    ClientSession &m_session;
    GridMapScene *m_scene;
    GridMapView *m_view = nullptr;
    TownChooser *m_townBox = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_selection = nullptr;
    QLabel *m_emptyState = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_pngButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    std::optional<qint64> m_shownTown; // the town whose data the scene holds
    std::optional<qint64> m_selectedGrid;
};

} // namespace gridsafe
