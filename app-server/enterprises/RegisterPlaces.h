#pragma once
// The towns, villages, communities, parks and grids an enterprise can be placed in, read
// once per command: a command on one enterprise and an import of a hundred thousand rows
// resolve names and check placements against the same few hundred rows in memory.

#include "domain/Actor.h"
#include "domain/Enterprise.h"
#include "domain/EnterpriseRules.h"
#include "domain/Grid.h"
#include "domain/Region.h"
#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class RegisterPlaces
{
public:
    static Result<RegisterPlaces> load(const QSqlDatabase &db);

    const Region *region(qint64 id) const;
    const Grid *grid(qint64 id) const;

    // Names as towns write them: "横林镇", or "横林" when only one town is meant.
    std::optional<qint64> townNamed(const QString &name) const;
    // A village, community or park of the town, with or without its 村/社区 suffix.
    std::optional<qint64> areaNamed(qint64 townId, const QString &name) const;
    // An active grid of the town by its name or code.
    std::optional<qint64> gridNamed(qint64 townId, const QString &nameOrCode) const;
    // The one active grid covering the area, when exactly one does (一村一格).
    std::optional<qint64> onlyGridCovering(qint64 areaId) const;

    // What is wrong with where the enterprise is placed, for this actor: the town in their
    // scope, the village in the town, the grid active and of the town — except the grid it
    // was in already (`keptGridId`), which may have been retired since: other edits go on.
    QList<FieldProblem> placementProblems(const Actor &actor, const Enterprise &enterprise,
                                          std::optional<qint64> keptGridId = std::nullopt) const;

    // A history value for people: region and grid ids become their names.
    QCborValue describe(const QString &field, const QCborValue &value) const;

private:
    QHash<qint64, Region> m_regions;
    QHash<qint64, Grid> m_grids;
    QHash<qint64, QList<qint64>> m_activeGridsByArea;
};

} // namespace gridsafe
