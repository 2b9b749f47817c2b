#pragma once
// Which village, community or park each feature of a boundary file outlines
// (region.importBoundaries): by its 12-digit division code, by its town's name and its own,
// or, when it names no town, by its own name across the district. Works on a list of
// regions, so it needs no database and tests can feed it directly.

#include "domain/Region.h"
#include "domain/RegionBoundary.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gridsafe {

class BoundaryMatcher
{
    Q_DECLARE_TR_FUNCTIONS(BoundaryMatcher)

public:
    enum class MatchBy {
        Either, // the code when the feature has one that some area has; else town and name
        Code,   // the code only: a feature without one is refused
        Name,   // town and name only: codes are ignored
    };
    // "code" or "name"; nullopt for anything else.
    static std::optional<MatchBy> matchByFromName(const QString &name);

    struct Outcome
    {
        QList<Region> areas;  // the area of each feature, in file order, when no problems
        QStringList problems; // one per feature that matched no area, several, or a taken one
    };

    explicit BoundaryMatcher(const QList<Region> &regions);

    Outcome match(const QList<RegionBoundary> &features, MatchBy by) const;

private:
    // The area, or the problem's message (without the feature's number and name).
    std::optional<Region> byCode(const RegionBoundary &feature, QString *problem) const;
    std::optional<Region> byName(const RegionBoundary &feature, QString *problem) const;
    QString townName(const Region &area) const;
    QString townNames(const QList<Region> &areas) const;

    QHash<qint64, Region> m_towns;          // towns and streets by id
    QHash<QString, qint64> m_townIdsByName; // town and street names are unique in the district
    QHash<QString, QList<Region>> m_areasByCode;
    QHash<QString, QList<Region>> m_areasByName; // across all towns
};

} // namespace gridsafe
