#include "ui/enterprises/EnterpriseImportProblemModel.h"

#include "sheets/SheetExport.h"

namespace gridsafe {

EnterpriseImportProblemModel::EnterpriseImportProblemModel(QObject *parent) : QAbstractTableModel(parent)
{}

void EnterpriseImportProblemModel::setProblems(QList<EnterpriseImportProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    m_labels.clear();
    m_labels.reserve(m_problems.size());
    for (const EnterpriseImportProblem &problem : std::as_const(m_problems))
        m_labels.append(problem.fieldLabel());
    endResetModel();
}

SheetExport EnterpriseImportProblemModel::toSheet() const
{
    SheetExport sheet;
    sheet.sheetName = tr("Problems");
    for (int column = 0; column < ColumnCount; ++column)
        sheet.headers.append(headerData(column, Qt::Horizontal).toString());
    sheet.columnWidths = {8, 24, 80};
    sheet.rows.reserve(m_problems.size());
    for (qsizetype i = 0; i < m_problems.size(); ++i)
        sheet.rows.append({SheetCell::ofNumber(m_problems.at(i).row), SheetCell::ofText(m_labels.at(i)),
                           SheetCell::ofText(m_problems.at(i).message)});
    return sheet;
}

int EnterpriseImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int EnterpriseImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnterpriseImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnterpriseImportProblem &problem = m_problems.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Row:
            return problem.row;
        case Field:
            return m_labels.at(index.row());
        case Message:
            return problem.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return problem.message; // long reasons are cut off in the column
    if (role == Qt::TextAlignmentRole && index.column() == Row)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EnterpriseImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Row:
        //: 行号
        return tr("Row");
    case Field:
        //: 字段
        return tr("Field");
    case Message:
        //: 原因
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace gridsafe
