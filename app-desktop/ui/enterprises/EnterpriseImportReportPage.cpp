#include "ui/enterprises/EnterpriseImportReportPage.h"

#include "core/enterprises/EnterpriseImportSummary.h"
#include "sheets/CsvTableWriter.h"
#include "sheets/SheetExport.h"
#include "ui/ChineseSortProxy.h"
#include "ui/enterprises/EnterpriseImportProblemModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gridsafe {

EnterpriseImportReportPage::EnterpriseImportReportPage(QWidget *parent) :
    QWidget(parent),
    m_summaryLabel(new QLabel(this)),
    m_refusedLabel(new QLabel(this)),
    m_view(new QTableView(this)),
    m_saveButton(new QPushButton(tr("&Save problem list…"), this)),
    m_model(new EnterpriseImportProblemModel(this)),
    m_proxy(new ChineseSortProxy(this))
{
    setObjectName(QStringLiteral("importReportPage"));
    m_summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusedLabel->setObjectName(QStringLiteral("importRefusedLabel"));
    m_refusedLabel->setWordWrap(true);
    m_refusedLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_refusedLabel->hide();
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("importProblemView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EnterpriseImportProblemModel::Row, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(EnterpriseImportProblemModel::Row, 70);
    m_view->setColumnWidth(EnterpriseImportProblemModel::Field, 160);
    m_saveButton->setObjectName(QStringLiteral("importSaveProblemsButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &EnterpriseImportReportPage::chooseSaveFile);

    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_refusedLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(saveRow);
}

void EnterpriseImportReportPage::showChecked(const QCborMap &summary,
                                             const QList<EnterpriseImportProblem> &problems)
{
    const EnterpriseImportSummary s = EnterpriseImportSummary::fromMap(summary);
    QString text = tr("The server checked %n row(s): %1.", nullptr, s.rows).arg(s.checkedText());
    if (s.problems > problems.size())
        text += QLatin1Char(' ')
                + tr("The first %1 of %2 problems are listed.").arg(problems.size()).arg(s.problems);
    if (s.refused > 0)
        text += QLatin1Char(' ')
                + tr("Rows with problems are left out of the import; correct them in the file and import it "
                     "again.");
    text += QLatin1Char(' ') + tr("Nothing has changed in the register yet.");
    m_summaryLabel->setText(text);
    m_refusedLabel->hide();
    m_model->setProblems(problems);
    m_view->setVisible(!problems.isEmpty());
    m_saveButton->setVisible(!problems.isEmpty());
}

void EnterpriseImportReportPage::showRefused(const QString &reason)
{
    m_summaryLabel->setText(tr("The import was not done."));
    m_refusedLabel->setText(reason);
    m_refusedLabel->show();
    m_model->setProblems({});
    m_view->hide();
    m_saveButton->hide();
}

Status EnterpriseImportReportPage::saveProblems(const QString &path) const
{
    return CsvTableWriter::write(path, m_model->toSheet());
}

void EnterpriseImportReportPage::chooseSaveFile()
{
    //: 问题清单.csv
    const QString path = QFileDialog::getSaveFileName(this, tr("Save problem list"), tr("problems.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveProblems(path); !saved)
        QMessageBox::warning(this, tr("Save problem list"), saved.error().message);
}

} // namespace gridsafe
