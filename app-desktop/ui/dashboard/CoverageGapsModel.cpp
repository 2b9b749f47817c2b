#include "ui/dashboard/CoverageGapsModel.h"

#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"

#include <QCollator>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace gridsafe {

namespace {

QString filingState(const TownDivision &division)
{
    if (!division.latestFiling)
        return CoverageGapsModel::tr("never filed");
    const Filing &filing = *division.latestFiling;
    const int revision = division.division ? division.division->revision : 0;
    if (filing.status == QLatin1String(Filing::kReturned))
        return CoverageGapsModel::tr("No. %1 returned").arg(filing.number);
    if (filing.divisionRevision != revision)
        return CoverageGapsModel::tr("No. %1 out of date: changed since").arg(filing.number);
    if (filing.status == QLatin1String(Filing::kSubmitted))
        return CoverageGapsModel::tr("No. %1 waiting for the district").arg(filing.number);
    return CoverageGapsModel::tr("No. %1 filed").arg(filing.number);
}

} // namespace

CoverageGapsModel::CoverageGapsModel(Replica &replica, QObject *parent) :
    QAbstractTableModel(parent),
    m_replica(replica)
{
    connect(&m_replica, &Replica::changed, this, &CoverageGapsModel::reload);
    reload();
}

void CoverageGapsModel::reload()
{
    static const QCollator chinese = [] {
        QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        collator.setNumericMode(true);
        return collator;
    }();
    const ReplicaRecords records(m_replica);
    const QString today = civilDateText(chinaDate(QDateTime::currentDateTimeUtc()));
    QList<Region> towns;
    for (const Region &region : m_replica.regions()) {
        if (isTownLevel(region.kind))
            towns.append(region);
    }
    std::sort(towns.begin(), towns.end(),
              [](const Region &a, const Region &b) { return chinese.compare(a.name, b.name) < 0; });
    QList<Row> rows;
    QList<TownSummary> summaries;
    for (const Region &town : towns) {
        const TownDivision division = records.townDivision(town);
        const QList<CoverageGap> gaps = findCoverageGaps(division, today);
        TownSummary summary{town.id, town.name, 0, filingState(division), gaps.isEmpty()};
        for (const CoverageGap &gap : gaps) {
            summary.gaps += gap.isFilingGap() ? 0 : 1;
            rows.append({town.name, gap});
        }
        summaries.append(summary);
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_towns = std::move(summaries);
    endResetModel();
    Q_EMIT reloaded();
}

int CoverageGapsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageGapsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageGapsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Town ? row.townName : describeCoverageGap(row.gap);
    case Qt::ToolTipRole:
        return index.column() == Gap ? tr("Double-click or press Enter to go where it is fixed.")
                                     : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Gap && !row.gap.isFilingGap() ? QVariant(QColor(0xc6, 0x28, 0x28))
                                                               : QVariant();
    case GapKindRole:
        return coverageGapKindName(row.gap.kind);
    case SubjectIdRole:
        return row.gap.subjectId;
    case TownIdRole:
        return row.gap.townId;
    default:
        return {};
    }
}

QVariant CoverageGapsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Town ? tr("Town") : tr("Gap");
}

std::optional<CoverageGap> CoverageGapsModel::gapAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).gap;
}

} // namespace gridsafe
