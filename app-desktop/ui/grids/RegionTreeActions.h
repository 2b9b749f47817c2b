#pragma once
// The region tree's context menu: add a village, community or park to a town (a park or
// functional zone usually gets its own grid), or rename one. Offered only where the user's
// role and scope allow; the server checks again.

#include <QObject>

class QPoint;
class QTreeView;

namespace gridsafe {

class ClientSession;
class RegionTreeModel;

class RegionTreeActions : public QObject
{
    Q_OBJECT

public:
    RegionTreeActions(ClientSession &session, QTreeView &tree, RegionTreeModel &model,
                      QObject *parent = nullptr);

    // For the menu and for tests: open the dialogs on the region at the tree's current index.
    bool canAddArea() const;
    bool canRename() const;
    void addArea();
    void rename();

private:
    void showMenu(const QPoint &position);

    ClientSession &m_session;
    QTreeView &m_tree;
    RegionTreeModel &m_model;
};

} // namespace gridsafe
