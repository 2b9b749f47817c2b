#pragma once
// The import dialog's dry-run report: what the server would do (新增、更新、无变化、有问题),
// every problem by row, field and reason in a sortable table that can be saved as a CSV list
// for whoever keeps the sheet — or, when the server refused the whole import, why.

#include <QCborMap>
#include <QWidget>

#include "core/enterprises/EnterpriseImportProblem.h"
#include "util/Result.h"

class QLabel;
class QPushButton;
class QTableView;

namespace gridsafe {

class ChineseSortProxy;
class EnterpriseImportProblemModel;

class EnterpriseImportReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit EnterpriseImportReportPage(QWidget *parent = nullptr);

    void showChecked(const QCborMap &summary, const QList<EnterpriseImportProblem> &problems);
    // The server refused the import as a whole (or its commit): the reason, and no table.
    void showRefused(const QString &reason);
    EnterpriseImportProblemModel &problemModel() const { return *m_model; }
    QTableView *problemView() const { return m_view; }
    // Writes the problem list as CSV (UTF-8 with BOM, for Excel).
    Status saveProblems(const QString &path) const;

private:
    void chooseSaveFile();

    QLabel *m_summaryLabel;
    QLabel *m_refusedLabel;
    QTableView *m_view;
    QPushButton *m_saveButton;
    EnterpriseImportProblemModel *m_model;
    ChineseSortProxy *m_proxy;
};

} // namespace gridsafe
