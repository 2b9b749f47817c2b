#include "ui/dashboard/DashboardPage.h"

#include "core/ClientSession.h"
#include "ui/dashboard/CoverageGapsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace gridsafe {

DashboardPage::DashboardPage(ClientSession &session, QWidget *parent) :
    QWidget(parent),
    m_gaps(new CoverageGapsModel(*session.replica(), this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *heading = new QLabel(tr("Coverage of the grid network"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("coverageGapTable"));
    m_table->setModel(m_gaps);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CoverageGapsModel::Town, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CoverageGapsModel::Gap, QHeaderView::Stretch);
    // Enter and double-click lead to the fix (activated covers both).
    connect(m_table, &QTableView::activated, this, &DashboardPage::activate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_gaps, &CoverageGapsModel::reloaded, this, &DashboardPage::updateSummary);
    updateSummary();
}

void DashboardPage::updateSummary()
{
    QStringList lines;
    for (const CoverageGapsModel::TownSummary &town : m_gaps->towns()) {
        const QString gaps = town.gaps == 0 ? tr("no gaps") : tr("%n gap(s)", nullptr, town.gaps);
        const QString colour = town.complete ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
        //: A town's line on the dashboard: town, its gaps, its filing (Chinese uses "：").
        lines.append(
            tr("%1: %2 · %3")
                .arg(QStringLiteral("<b>%1</b>").arg(town.townName.toHtmlEscaped()),
                     QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, gaps.toHtmlEscaped()),
                     town.filingState.toHtmlEscaped()));
    }
    m_summary->setText(lines.isEmpty() ? tr("No towns yet.") : lines.join(QStringLiteral("<br>")));
}

void DashboardPage::activate(const QModelIndex &index)
{
    if (const std::optional<CoverageGap> gap = m_gaps->gapAt(index.row()))
        Q_EMIT gapActivated(*gap);
}

} // namespace gridsafe
