#include "ui/grids/RegionTreeActions.h"

#include "core/ClientSession.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "ui/grids/RegionEditDialog.h"
#include "ui/grids/RegionTreeModel.h"

#include <QMenu>
#include <QTreeView>

namespace gridsafe {

RegionTreeActions::RegionTreeActions(ClientSession &session, QTreeView &tree, RegionTreeModel &model,
                                     QObject *parent) :
    QObject(parent),
    m_session(session),
    m_tree(tree),
    m_model(model)
{
    m_tree.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&m_tree, &QTreeView::customContextMenuRequested, this, &RegionTreeActions::showMenu);
}

bool RegionTreeActions::canAddArea() const
{
    const std::optional<Region> region = m_model.regionAt(m_tree.currentIndex());
    return region && isTownLevel(region->kind)
           && roleMayRun(m_session.user().role, QString::fromLatin1(cmd::kRegionCreate));
}

bool RegionTreeActions::canRename() const
{
    const std::optional<Region> region = m_model.regionAt(m_tree.currentIndex());
    if (!region || !roleMayRun(m_session.user().role, QString::fromLatin1(cmd::kRegionRename)))
        return false;
    // Towns and the district are named by the district's administrators.
    return isGridArea(region->kind) || m_session.user().role == Role::Admin;
}

void RegionTreeActions::addArea()
{
    const std::optional<Region> town = m_model.regionAt(m_tree.currentIndex());
    if (!town || !canAddArea())
        return;
    auto *dialog = new RegionEditDialog(m_session, *town, m_tree.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RegionTreeActions::rename()
{
    const std::optional<Region> region = m_model.regionAt(m_tree.currentIndex());
    if (!region || !canRename())
        return;
    auto *dialog = new RegionEditDialog(m_session, *region, true, m_tree.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RegionTreeActions::showMenu(const QPoint &position)
{
    const QModelIndex index = m_tree.indexAt(position);
    if (!index.isValid())
        return;
    m_tree.setCurrentIndex(index);
    QMenu menu(&m_tree);
    QAction *add = menu.addAction(tr("Add village, community or park…"), this, &RegionTreeActions::addArea);
    add->setEnabled(canAddArea());
    QAction *rename = menu.addAction(tr("Rename…"), this, &RegionTreeActions::rename);
    rename->setEnabled(canRename());
    if (canAddArea() || canRename())
        menu.exec(m_tree.viewport()->mapToGlobal(position));
}

} // namespace gridsafe
