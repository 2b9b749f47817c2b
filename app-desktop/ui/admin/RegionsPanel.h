#pragma once
// 设置 › 区划 — an administrator sets up the region tree: the district (on an empty
// database), its towns and streets, their villages, communities and parks, renames, and a
// whole region list imported from a CSV file (the same file the console's import-regions
// reads), and the outlines of villages, communities and parks for the grid map (GeoJSON).
// Changes go through the outbox.

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace gridsafe {

class ClientSession;
class RegionTreeActions;
class RegionTreeModel;

class RegionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RegionsPanel(ClientSession &session, QWidget *parent = nullptr);

    // Reads the CSV file and queues region.import; a problem (unreadable, not UTF-8, too
    // large) is said in the panel and nothing is queued. The button asks for the file first.
    bool importFile(const QString &path);
    // Reads a GeoJSON file of outlines, checks it as the server will (size, UTF-8, the
    // features and their bounds) and queues region.importBoundaries; a problem is said in
    // the panel and nothing is queued.
    bool importBoundaryFile(const QString &path);

private:
    void updateState();
    void createDistrict();
    void addTown();

    ClientSession &m_session;
    RegionTreeModel *m_model;
    QTreeView *m_tree;
    RegionTreeActions *m_actions;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_districtButton;
    QPushButton *m_townButton;
    QPushButton *m_areaButton;
    QPushButton *m_renameButton;
    QPushButton *m_importButton;
    QPushButton *m_boundaryButton;
    QString m_awaitedImport;
    QString m_awaitedBoundaries;
};

} // namespace gridsafe
