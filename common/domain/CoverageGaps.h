#pragma once
// 覆盖缺口 — what keeps a town's division from being complete ("area fully covered" of the
// five fulls): villages and communities in no grid, grids without an inspector, inspectors
// without a valid certificate, and a filing that is missing, returned or stale. One pure
// function over plain data, so the server (before accepting a filing) and the clients (the
// live checklist) judge alike.

#include "domain/Certificate.h"
#include "domain/DivisionState.h"
#include "domain/Filing.h"
#include "domain/Grid.h"
#include "domain/Inspector.h"
#include "domain/Region.h"

#include <QHash>
#include <QList>

#include <optional>

namespace gridsafe {

struct CoverageGap
{
    enum class Kind {
        UncoveredArea,        // subject: the village/community/park
        GridWithoutInspector, // subject: the grid
        InspectorUncertified, // subject: the grid; detail: the inspector
        InspectorInactive,    // subject: the grid; detail: the inspector
        FilingMissing,        // subject: the town
        FilingReturned,       // subject: the filing; detail: the district's reason
        FilingStale,          // subject: the filing
    };

    Kind kind = Kind::UncoveredArea;
    qint64 townId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    qint64 otherId = 0; // the inspector, where one is concerned
    QString detail;

    bool isFilingGap() const
    {
        return kind == Kind::FilingMissing || kind == Kind::FilingReturned || kind == Kind::FilingStale;
    }
};

struct TownDivision
{
    Region town;
    QList<Region> areas;                 // the town's villages, communities and parks
    QList<Grid> grids;                   // active and retired; retired ones are ignored
    QHash<qint64, Inspector> inspectors; // by id
    QList<Certificate> certificates;     // of the town's inspectors
    std::optional<DivisionState> division;
    std::optional<Filing> latestFiling;
};

// `today` as yyyy-MM-dd (the day in China).
QList<CoverageGap> findCoverageGaps(const TownDivision &town, const QString &today);
// The gap in words ("东方村 is in no grid"), for checklists and refusals alike.
QString describeCoverageGap(const CoverageGap &gap);
// A stable name for scripts ("uncoveredArea", "gridWithoutInspector", …).
QString coverageGapKindName(CoverageGap::Kind kind);

} // namespace gridsafe
