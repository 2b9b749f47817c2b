#pragma once
// The problems an import's dry run found, one per line: the row in the user's file, the
// field by its name in the mapping dialog, and the reason.

#include "core/enterprises/EnterpriseImportProblem.h"

#include <QAbstractTableModel>

namespace gridsafe {

struct SheetExport;

class EnterpriseImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, Field, Message, ColumnCount };

    explicit EnterpriseImportProblemModel(QObject *parent = nullptr);

    void setProblems(QList<EnterpriseImportProblem> problems);
    const QList<EnterpriseImportProblem> &problems() const { return m_problems; }
    // The problems as a table to save (行号, 字段, 原因), in file order.
    SheetExport toSheet() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EnterpriseImportProblem> m_problems;
    QStringList m_labels; // per problem, worked out once: a sort asks for them often
};

} // namespace gridsafe
