#include "ui/enterprises/EnterprisesPage.h"

#include "core/ClientSession.h"
#include "core/Replica.h"
#include "ui/TownChooser.h"
#include "ui/enterprises/EnterpriseFilterBar.h"
#include "ui/enterprises/EnterpriseTableModel.h"

#include <QDate>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace gridsafe {

EnterprisesPage::EnterprisesPage(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Enterprise register</b>"), this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("enterpriseCounts"));
    m_counts->setWordWrap(true);
    heading->addWidget(title);
    heading->addWidget(m_counts, 1);
    m_headingButtons = new QHBoxLayout;
    heading->addLayout(m_headingButtons);
    layout->addLayout(heading);

    m_filters = new EnterpriseFilterBar(session, this);
    layout->addWidget(m_filters);

    // Loaded once, in the user's scope: not the whole district first.
    m_model = new EnterpriseTableModel(*session.replica(), session.user().townId, this);
    m_model->setOutbox(session.outbox());
    m_model->setFilter(m_filters->filter());
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("enterpriseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EnterpriseTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view need not measure a hundred thousand of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EnterpriseTableModel::NameColumn, 220);
    m_table->setColumnWidth(EnterpriseTableModel::CodeColumn, 160);
    layout->addWidget(m_table, 1);

    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);
    layout->addWidget(m_buttons);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("enterpriseExport"));
    m_export->setToolTip(tr("Save the enterprises shown, in this order, as an Excel workbook or a CSV file"));
    m_headingButtons->addWidget(m_export);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filters->searchBox()->setFocus();
        m_filters->searchBox()->selectAll();
    });
    connect(m_filters, &EnterpriseFilterBar::filterChanged, this,
            [this] { m_model->setFilter(m_filters->filter()); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &EnterprisesPage::keepSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnterprisesPage::restoreSelection);
    connect(m_model, &EnterpriseTableModel::countsChanged, this, &EnterprisesPage::updateCounts);
    connect(m_model, &EnterpriseTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading && m_showWhenLoaded)
            showEnterprise(*std::exchange(m_showWhenLoaded, std::nullopt));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EnterprisesPage::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(m_model->data(index, EnterpriseTableModel::EnterpriseIdRole).toLongLong());
    });
    connect(m_export, &QPushButton::clicked, this, &EnterprisesPage::chooseExportFile);
    connect(session.replica(), &Replica::changed, m_filters, &EnterpriseFilterBar::refreshPlaces);
    updateCounts();
}

void EnterprisesPage::addActionButton(QPushButton *button)
{
    auto *buttons = static_cast<QHBoxLayout *>(m_buttons->layout());
    button->setParent(m_buttons);
    buttons->insertWidget(buttons->count() - 1, button);
}

void EnterprisesPage::addHeadingButton(QPushButton *button)
{
    button->setParent(this);
    m_headingButtons->insertWidget(0, button);
}

QList<qint64> EnterprisesPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->data(index, EnterpriseTableModel::EnterpriseIdRole).toLongLong());
    return ids;
}

std::optional<qint64> EnterprisesPage::currentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return std::nullopt;
    return m_model->data(current, EnterpriseTableModel::EnterpriseIdRole).toLongLong();
}

void EnterprisesPage::showEnterprise(qint64 enterpriseId)
{
    if (m_model->isLoading()) {
        m_showWhenLoaded = enterpriseId;
        return;
    }
    if (!m_model->rowOf(enterpriseId))
        m_filters->clear();
    if (const std::optional<int> row = m_model->rowOf(enterpriseId)) {
        m_table->selectRow(*row);
        m_table->scrollTo(m_model->index(*row, 0));
    }
    m_table->setFocus();
}

void EnterprisesPage::updateCounts()
{
    if (m_model->isLoading()) {
        m_counts->setText(tr("Loading the register…"));
        return;
    }
    int uncovered = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row).supervision() == Supervision::None)
            ++uncovered;
    }
    QString text = tr("%n enterprise(s) shown", nullptr, m_model->rowCount());
    if (m_model->rowCount() != m_model->totalCount())
        text += tr(" of %1").arg(m_model->totalCount());
    if (uncovered > 0)
        text += QStringLiteral("  ")
                + tr("<span style='color:#c62828'>%n not covered by a grid</span>", nullptr, uncovered);
    m_counts->setText(text);
}

void EnterprisesPage::keepSelection()
{
    // A background load shows nothing until it lands: keep what was selected before it.
    if (m_model->isLoading())
        return;
    m_keptSelection = selectedIds();
    m_keptCurrent = currentId();
}

void EnterprisesPage::restoreSelection()
{
    if (m_model->isLoading())
        return;
    QItemSelection selection;
    for (qint64 id : std::as_const(m_keptSelection)) {
        if (const std::optional<int> row = m_model->rowOf(id))
            selection.select(m_model->index(*row, 0),
                             m_model->index(*row, EnterpriseTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (m_keptCurrent) {
        if (const std::optional<int> row = m_model->rowOf(*m_keptCurrent))
            m_table->selectionModel()->setCurrentIndex(m_model->index(*row, 0),
                                                       QItemSelectionModel::NoUpdate);
    }
    m_keptSelection.clear();
    m_keptCurrent.reset();
}

void EnterprisesPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("Enterprise register %1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))
        + QStringLiteral(".xlsx"));
    QString selectedFilter;
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the enterprises shown"), suggested,
                                                      xlsx + QStringLiteral(";;") + csv, &selectedFilter);
    if (path.isEmpty())
        return;
    const bool asCsv = selectedFilter == csv || path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    startExport(path, asCsv ? EnterpriseExporter::Format::Csv : EnterpriseExporter::Format::Xlsx);
}

void EnterprisesPage::startExport(const QString &path, EnterpriseExporter::Format format)
{
    if (m_exporting)
        return;
    EnterpriseExporter::Job job;
    job.replicaPath = m_session.replica()->path();
    job.ids = m_model->visibleIds();
    job.path = path;
    job.format = format;
    for (const Region &region : m_session.replica()->regions()) {
        job.regionNames.insert(region.id, region.name);
        if (isTownLevel(region.kind)) {
            for (const Grid &grid : m_session.replica()->grids(region.id))
                job.gridNames.insert(grid.id, grid.name);
        }
    }
    m_exporting = true;
    m_export->setEnabled(false);
    auto *progress = new QProgressDialog(tr("Exporting %n enterprise(s)…", nullptr, int(job.ids.size())),
                                         tr("Stop"), 0, 1000, this);
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto stop = std::make_shared<std::atomic_bool>(false);
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(std::max<qint64>(1, job.ids.size()));
    connect(progress, &QProgressDialog::canceled, this, [stop] { *stop = true; });
    auto *poll = new QTimer(progress);
    connect(poll, &QTimer::timeout, progress,
            [progress, done, total] { progress->setValue(int(1000 * *done / *total)); });
    poll->start(100);
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this,
            [this, watcher, progress, path, rows = job.ids.size()] {
                const Status result = watcher->result();
                watcher->deleteLater();
                progress->deleteLater();
                m_exporting = false;
                m_export->setEnabled(true);
                if (result) {
                    Q_EMIT exported(path, int(rows));
                    return;
                }
                if (result.error().code != ErrorCode::Cancelled && isVisible())
                    QMessageBox::warning(this, tr("Export"), result.error().message);
                Q_EMIT exportFailed(result.error().message);
            });
    watcher->setFuture(QtConcurrent::run([job, stop, done, total] {
        return EnterpriseExporter::run(job, [stop, done, total](qint64 now, qint64 all) {
            *done = now;
            *total = std::max<qint64>(1, all);
            return !*stop;
        });
    }));
}

} // namespace gridsafe
