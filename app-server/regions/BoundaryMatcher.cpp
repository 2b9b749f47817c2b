#include "regions/BoundaryMatcher.h"

#include "domain/NameRules.h"
#include "domain/RegionKind.h"

#include <QCoreApplication>
#include <QSet>

namespace gridsafe {

namespace {

// A name as the region tree stores it (trimmed, white space folded, NFC), so a file written
// with a decomposed character or a double space still finds its village. Text the name
// rules refuse matches nothing, and the problem then shows it as written.
QString comparable(const QString &name)
{
    auto normalized = normalizeName(name, QString(), 200);
    return normalized ? normalized.value() : name.trimmed();
}

} // namespace

std::optional<BoundaryMatcher::MatchBy> BoundaryMatcher::matchByFromName(const QString &name)
{
    if (name == QLatin1String("code"))
        return MatchBy::Code;
    if (name == QLatin1String("name"))
        return MatchBy::Name;
    return std::nullopt;
}

BoundaryMatcher::BoundaryMatcher(const QList<Region> &regions)
{
    for (const Region &region : regions) {
        if (isTownLevel(region.kind)) {
            m_towns.insert(region.id, region);
            m_townIdsByName.insert(region.name, region.id);
        } else if (isGridArea(region.kind)) {
            if (!region.code.isEmpty())
                m_areasByCode[region.code].append(region);
            m_areasByName[region.name].append(region);
        }
    }
}

QString BoundaryMatcher::townName(const Region &area) const
{
    return m_towns.value(area.townId.value_or(0)).name;
}

QString BoundaryMatcher::townNames(const QList<Region> &areas) const
{
    QStringList names;
    for (const Region &area : areas)
        names.append(townName(area) + QLatin1Char(' ') + area.name);
    //: Separates the places listed in a boundary import's message (Chinese: "、").
    return names.join(tr(", "));
}

std::optional<Region> BoundaryMatcher::byCode(const RegionBoundary &feature, QString *problem) const
{
    const QList<Region> areas = m_areasByCode.value(feature.code);
    if (areas.isEmpty()) {
        *problem = tr("no village, community or park has the code %1.").arg(feature.code);
        return std::nullopt;
    }
    if (areas.size() > 1) {
        *problem = tr("the code %1 belongs to several areas (%2); match by name instead.")
                       .arg(feature.code, townNames(areas));
        return std::nullopt;
    }
    const Region &area = areas.first();
    if (!feature.townName.isEmpty() && comparable(feature.townName) != townName(area)) {
        *problem = tr("the code %1 is that of %2 in %3, not in %4.")
                       .arg(feature.code, area.name, townName(area), feature.townName);
        return std::nullopt;
    }
    return area;
}

std::optional<Region> BoundaryMatcher::byName(const RegionBoundary &feature, QString *problem) const
{
    QList<Region> areas = m_areasByName.value(comparable(feature.name));
    if (feature.townName.isEmpty()) {
        // Only a feature with a code names no town (the parser asks for one or the other).
        if (areas.isEmpty())
            *problem = tr("no village, community or park is named %1.").arg(feature.name);
        else if (areas.size() > 1)
            *problem = tr("%1 names areas in several towns (%2); give its town in properties.town.")
                           .arg(feature.name, townNames(areas));
        return areas.size() == 1 ? std::optional(areas.first()) : std::nullopt;
    }
    const auto town = m_townIdsByName.constFind(comparable(feature.townName));
    if (town == m_townIdsByName.cend()) {
        *problem = tr("there is no town or street named %1.").arg(feature.townName);
        return std::nullopt;
    }
    areas.removeIf([&](const Region &area) { return area.townId != town.value(); });
    // Names are unique under one town (the schema's UNIQUE (parent_id, name)).
    if (areas.size() != 1) {
        *problem = tr("%1 has no village, community or park named %2.").arg(feature.townName, feature.name);
        return std::nullopt;
    }
    return areas.first();
}

BoundaryMatcher::Outcome BoundaryMatcher::match(const QList<RegionBoundary> &features, MatchBy by) const
{
    Outcome outcome;
    QHash<qint64, int> taken; // region id → the feature number that outlines it
    for (qsizetype i = 0; i < features.size(); ++i) {
        const RegionBoundary &feature = features.at(i);
        const int number = int(i + 1);
        const QString place =
            feature.townName.isEmpty() ? feature.name : feature.townName + QLatin1Char(' ') + feature.name;
        // One arg() call for all user text: a name holding "%1" must not take another's place.
        const QString subject = tr("Feature %1 (%2)").arg(QString::number(number), place);
        QString problem;
        std::optional<Region> area;
        if (by == MatchBy::Code && feature.code.isEmpty())
            problem = tr("it has no code, and the areas are matched by code (properties.code).");
        else if (by == MatchBy::Code
                 || (by == MatchBy::Either && !feature.code.isEmpty()
                     && m_areasByCode.contains(feature.code)))
            area = byCode(feature, &problem);
        else
            area = byName(feature, &problem);
        if (area) {
            if (const auto earlier = taken.constFind(area->id); earlier != taken.cend()) {
                problem = tr("it outlines the same area as feature %1.").arg(earlier.value());
                area.reset();
            } else {
                taken.insert(area->id, number);
            }
        }
        if (area)
            outcome.areas.append(*area);
        else
            //: A feature of a boundary file that matches no area: "Feature 3 (横林镇 崔桥村): …"
            outcome.problems.append(tr("%1: %2").arg(subject, problem));
    }
    if (!outcome.problems.isEmpty())
        outcome.areas.clear();
    return outcome;
}

} // namespace gridsafe
