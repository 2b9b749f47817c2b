#include "domain/CoverageGaps.h"

#include "domain/RegionKind.h"

#include <QCoreApplication>
#include <QSet>

namespace gridsafe {

namespace {

bool hasValidCertificate(const TownDivision &town, qint64 inspectorId, const QString &today)
{
    for (const Certificate &certificate : town.certificates) {
        if (certificate.inspectorId == inspectorId && certificate.validOn(today))
            return true;
    }
    return false;
}

std::optional<CoverageGap> filingGap(const TownDivision &town)
{
    const qint64 townId = town.town.id;
    if (!town.latestFiling)
        return CoverageGap{CoverageGap::Kind::FilingMissing, townId, townId, town.town.name, 0, {}};
    const Filing &filing = *town.latestFiling;
    const int revision = town.division ? town.division->revision : 0;
    if (filing.status == QLatin1String(Filing::kReturned))
        return CoverageGap{
            CoverageGap::Kind::FilingReturned, townId, filing.id, town.town.name, 0, filing.decisionReason};
    // Submitted or filed: what the district has (or will decide on) is no longer the division.
    if (filing.divisionRevision != revision)
        return CoverageGap{CoverageGap::Kind::FilingStale, townId, filing.id, town.town.name, 0, {}};
    return std::nullopt;
}

} // namespace

QString describeCoverageGap(const CoverageGap &gap)
{
    switch (gap.kind) {
    case CoverageGap::Kind::UncoveredArea:
        return QCoreApplication::translate("CoverageGaps", "%1 is in no grid").arg(gap.subjectName);
    case CoverageGap::Kind::GridWithoutInspector:
        return QCoreApplication::translate("CoverageGaps", "grid \"%1\" has no inspector")
            .arg(gap.subjectName);
    case CoverageGap::Kind::InspectorUncertified:
        return QCoreApplication::translate("CoverageGaps",
                                           "the inspector of grid \"%1\" (%2) has no valid certificate")
            .arg(gap.subjectName, gap.detail);
    case CoverageGap::Kind::InspectorInactive:
        return QCoreApplication::translate("CoverageGaps", "the inspector of grid \"%1\" (%2) is inactive")
            .arg(gap.subjectName, gap.detail);
    case CoverageGap::Kind::FilingMissing:
        return QCoreApplication::translate("CoverageGaps",
                                           "the division of %1 has not been filed with the district")
            .arg(gap.subjectName);
    case CoverageGap::Kind::FilingReturned:
        return QCoreApplication::translate("CoverageGaps", "the district returned the filing of %1: %2")
            .arg(gap.subjectName, gap.detail);
    case CoverageGap::Kind::FilingStale:
        break;
    }
    return QCoreApplication::translate("CoverageGaps",
                                       "the division of %1 changed after it was filed: file it again")
        .arg(gap.subjectName);
}

QString coverageGapKindName(CoverageGap::Kind kind)
{
    switch (kind) {
    case CoverageGap::Kind::UncoveredArea:
        return QStringLiteral("uncoveredArea");
    case CoverageGap::Kind::GridWithoutInspector:
        return QStringLiteral("gridWithoutInspector");
    case CoverageGap::Kind::InspectorUncertified:
        return QStringLiteral("inspectorUncertified");
    case CoverageGap::Kind::InspectorInactive:
        return QStringLiteral("inspectorInactive");
    case CoverageGap::Kind::FilingMissing:
        return QStringLiteral("filingMissing");
    case CoverageGap::Kind::FilingReturned:
        return QStringLiteral("filingReturned");
    case CoverageGap::Kind::FilingStale:
        break;
    }
    return QStringLiteral("filingStale");
}

QList<CoverageGap> findCoverageGaps(const TownDivision &town, const QString &today)
{
    QList<CoverageGap> gaps;
    const qint64 townId = town.town.id;
    QSet<qint64> covered;
    QList<const Grid *> active;
    for (const Grid &grid : town.grids) {
        if (grid.status != Grid::Status::Active)
            continue;
        active.append(&grid);
        for (qint64 area : grid.areaIds)
            covered.insert(area);
    }
    for (const Region &area : town.areas) {
        if (isGridArea(area.kind) && !covered.contains(area.id))
            gaps.append({CoverageGap::Kind::UncoveredArea, townId, area.id, area.name, 0, {}});
    }
    for (const Grid *grid : active) {
        if (!grid->inspectorId) {
            gaps.append({CoverageGap::Kind::GridWithoutInspector, townId, grid->id, grid->name, 0, {}});
            continue;
        }
        const Inspector inspector = town.inspectors.value(*grid->inspectorId);
        if (!inspector.active)
            gaps.append({CoverageGap::Kind::InspectorInactive, townId, grid->id, grid->name, inspector.id,
                         inspector.name});
        else if (!hasValidCertificate(town, inspector.id, today))
            gaps.append({CoverageGap::Kind::InspectorUncertified, townId, grid->id, grid->name, inspector.id,
                         inspector.name});
    }
    if (std::optional<CoverageGap> filing = filingGap(town))
        gaps.append(*filing);
    return gaps;
}

} // namespace gridsafe
