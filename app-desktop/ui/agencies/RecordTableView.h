#pragma once
// A read-only table of records, one selectable row each, set up as the pages' tables are
// (whole rows, no editing, Tab moves on), that keeps the selected record selected when its
// model resets (a sync), finding it again by the id its model gives under `idRole`.

#include <QTableView>

#include <optional>

namespace gridsafe {

class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    // `stretchColumn` takes the room left; the others fit their contents.
    RecordTableView(QAbstractItemModel *model, int idRole, int stretchColumn, QWidget *parent = nullptr);

    // The selected row of the model (-1: none).
    int selectedRow() const;

private:
    int m_idRole;
    std::optional<qint64> m_kept;
};

} // namespace gridsafe
