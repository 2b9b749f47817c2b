#include "ui/filings/FilingsPage.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"
#include "ui/ChineseSortProxy.h"
#include "ui/PendingRowStyle.h"
#include "ui/TownChooser.h"
#include "ui/filings/FilingDecisionDialog.h"
#include "ui/filings/FilingFormWriter.h"
#include "ui/filings/FilingSnapshotView.h"
#include "ui/filings/FilingSubmitDialog.h"
#include "ui/filings/FilingTableModel.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace gridsafe {

FilingsPage::FilingsPage(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_session(session),
    m_filings(new FilingTableModel(*session.replica(), this)),
    m_sorted(new ChineseSortProxy(this)),
    m_townBox(new TownChooser(session, TownChooser::AllTowns::Offered, this)),
    m_awaitingOnly(new QCheckBox(tr("Only those awaiting a decision"), this)),
    m_stateLabel(new QLabel(this)),
    //: 报送备案…
    m_submitButton(new QPushButton(tr("Submit division…"), this)),
    //: 备案…
    m_fileButton(new QPushButton(tr("File…"), this)),
    //: 退回…
    m_returnButton(new QPushButton(tr("Return…"), this)),
    //: 导出备案表（PDF）…
    m_printButton(new QPushButton(tr("Filing form (PDF)…"), this)),
    m_table(new QTableView(this)),
    m_snapshot(new FilingSnapshotView(this))
{
    setObjectName(QStringLiteral("filingsPage"));
    m_townBox->setObjectName(QStringLiteral("filingTownBox"));
    m_awaitingOnly->setObjectName(QStringLiteral("filingAwaitingCheck"));
    m_stateLabel->setObjectName(QStringLiteral("filingStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::RichText);
    m_submitButton->setObjectName(QStringLiteral("submitFilingButton"));
    m_fileButton->setObjectName(QStringLiteral("fileFilingButton"));
    m_returnButton->setObjectName(QStringLiteral("returnFilingButton"));
    m_printButton->setObjectName(QStringLiteral("printFilingButton"));
    const Role role = session.user().role;
    m_submitButton->setVisible(roleMayRun(role, QString::fromLatin1(cmd::kFilingSubmit)));
    // Decided by the district: only its roles see the decision buttons and the filter.
    const bool mayDecide = roleMayRun(role, QString::fromLatin1(cmd::kFilingDecide));
    m_fileButton->setVisible(mayDecide);
    m_returnButton->setVisible(mayDecide);
    m_awaitingOnly->setVisible(mayDecide);

    m_sorted->setSourceModel(m_filings);
    m_table->setObjectName(QStringLiteral("filingTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FilingTableModel::Submitted, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *heading = new QLabel(tr("Division filings"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    heading->setFont(font);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_awaitingOnly);
    top->addWidget(m_townBox);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_submitButton, m_fileButton, m_returnButton, m_printButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_snapshot);
    splitter->setSizes({220, 320});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stateLabel);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_townBox, &TownChooser::townChanged, this, &FilingsPage::onTownChosen);
    connect(m_awaitingOnly, &QCheckBox::toggled, m_filings, &FilingTableModel::setAwaitingOnly);
    connect(m_filings, &QAbstractItemModel::modelAboutToBeReset, this, &FilingsPage::keepSelection);
    connect(m_filings, &QAbstractItemModel::modelReset, this, &FilingsPage::restoreSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FilingsPage::updateState);
    connect(m_submitButton, &QPushButton::clicked, this, &FilingsPage::submitFiling);
    connect(m_fileButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_returnButton, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_printButton, &QPushButton::clicked, this, &FilingsPage::printForm);
    onTownChosen();
}

std::optional<qint64> FilingsPage::chosenTown() const
{
    return m_townBox->town();
}

void FilingsPage::onTownChosen()
{
    m_filings->setTown(chosenTown());
    updateState();
}

void FilingsPage::showTown(qint64 townId)
{
    m_townBox->setTown(townId);
    m_awaitingOnly->setChecked(false);
    if (m_sorted->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
}

void FilingsPage::keepSelection()
{
    const std::optional<Filing> filing = selectedFiling();
    m_keptFiling = filing ? std::optional<qint64>(filing->id) : std::nullopt;
}

void FilingsPage::restoreSelection()
{
    if (m_keptFiling) {
        const int row = m_filings->rowOfFiling(*m_keptFiling);
        if (row >= 0)
            m_table->selectRow(m_sorted->mapFromSource(m_filings->index(row, 0)).row());
    }
    updateState();
}

std::optional<Filing> FilingsPage::selectedFiling() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_filings->filingAt(m_sorted->mapToSource(rows.first()).row());
}

void FilingsPage::updateState()
{
    const std::optional<Filing> filing = selectedFiling();
    const bool submitted = filing && filing->status == QLatin1String(Filing::kSubmitted);
    const std::optional<qint64> town = chosenTown();
    m_submitButton->setEnabled(town.has_value());
    m_fileButton->setEnabled(submitted);
    m_returnButton->setEnabled(submitted);
    m_printButton->setEnabled(filing.has_value());
    if (filing) {
        const QModelIndex status =
            m_filings->index(m_filings->rowOfFiling(filing->id), FilingTableModel::Status);
        m_snapshot->showFiling(filing, status.data().toString());
    } else {
        m_snapshot->showFiling(std::nullopt, {});
    }

    if (!town) {
        int awaiting = 0;
        for (const Filing &each : ReplicaRecords(*m_session.replica()).filings())
            awaiting += each.status == QLatin1String(Filing::kSubmitted) ? 1 : 0;
        m_stateLabel->setText(
            tr("%n filing(s) awaiting the district's decision.", nullptr, awaiting).toHtmlEscaped());
        return;
    }
    const std::optional<Region> region = m_session.replica()->region(*town);
    if (!region)
        return;
    const TownDivision division = ReplicaRecords(*m_session.replica()).townDivision(*region);
    const QString today = civilDateText(chinaDate(QDateTime::currentDateTimeUtc()));
    const QList<CoverageGap> gaps = findCoverageGaps(division, today);
    const auto coverage =
        std::count_if(gaps.cbegin(), gaps.cend(), [](const CoverageGap &gap) { return !gap.isFilingGap(); });
    QString state;
    QString colour = QStringLiteral("#2e7d32");
    const std::optional<Filing> &latest = division.latestFiling;
    const int revision = division.division ? division.division->revision : 0;
    if (!latest) {
        state = tr("%1 has never filed its division.").arg(region->name);
        colour = QStringLiteral("#c62828");
    } else if (latest->status == QLatin1String(Filing::kSubmitted)) {
        state = tr("No. %1 of %2 is awaiting the district's decision.").arg(latest->number).arg(region->name);
        colour = QStringLiteral("#1565c0");
    } else if (latest->status == QLatin1String(Filing::kReturned)) {
        state =
            tr("No. %1 of %2 was returned: %3").arg(latest->number).arg(region->name, latest->decisionReason);
        colour = QStringLiteral("#c62828");
    } else if (latest->divisionRevision != revision) {
        state = tr("The division of %1 has changed since No. %2 was filed: submit it again.")
                    .arg(region->name)
                    .arg(latest->number);
        colour = QStringLiteral("#9a5b00");
    } else {
        state = tr("The division of %1 is filed (No. %2, %3) and unchanged since.")
                    .arg(region->name)
                    .arg(latest->number)
                    .arg(PendingRowStyle::localTime(latest->decidedAt));
    }
    if (coverage > 0)
        state += QLatin1Char(' ')
                 + tr("%n coverage gap(s) to fix before the next submission.", nullptr, int(coverage));
    m_stateLabel->setText(
        QStringLiteral("<span style='color:%1'>%2</span>").arg(colour, state.toHtmlEscaped()));
}

void FilingsPage::submitFiling()
{
    const std::optional<qint64> town = chosenTown();
    if (!town)
        return;
    auto *dialog = new FilingSubmitDialog(m_session, *town, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void FilingsPage::decide(bool file)
{
    const std::optional<Filing> filing = selectedFiling();
    if (!filing || filing->status != QLatin1String(Filing::kSubmitted))
        return;
    auto *dialog = new FilingDecisionDialog(
        m_session, *filing,
        file ? FilingDecisionDialog::Decision::File : FilingDecisionDialog::Decision::Return, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool FilingsPage::reopenRefused(const OutboxEntry &refused)
{
    QDialog *dialog = FilingSubmitDialog::reopen(m_session, refused, this);
    if (!dialog)
        dialog = FilingDecisionDialog::reopen(m_session, refused, this);
    if (!dialog)
        return false;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return true;
}

void FilingsPage::printForm()
{
    const std::optional<Filing> filing = selectedFiling();
    if (!filing)
        return;
    //: File name: 遥观镇-网格划分备案表-3.pdf
    const QString name =
        tr("%1-division-filing-%2.pdf").arg(m_filings->townName(filing->townId)).arg(filing->number);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the filing form"),
                                                      QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = FilingFormWriter(*filing).write(path);
    if (!written) {
        QMessageBox::warning(this, tr("Filing form not saved"), written.error().message);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace gridsafe
