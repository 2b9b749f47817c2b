#include "ui/agencies/RecordTableView.h"

#include <QHeaderView>

namespace gridsafe {

RecordTableView::RecordTableView(QAbstractItemModel *model, int idRole, int stretchColumn, QWidget *parent) :
    QTableView(parent),
    m_idRole(idRole)
{
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false); // Tab moves on to the next control
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    // The view connected to the model first, so it has cleared its selection when this runs.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = selectedRow();
        m_kept =
            row < 0 ? std::nullopt : std::optional(this->model()->index(row, 0).data(m_idRole).toLongLong());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_kept || this->model()->rowCount() == 0)
            return;
        const QModelIndexList found =
            this->model()->match(this->model()->index(0, 0), m_idRole, *m_kept, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            selectRow(found.first().row());
    });
}

int RecordTableView::selectedRow() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace gridsafe
