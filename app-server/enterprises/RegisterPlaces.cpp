#include "enterprises/RegisterPlaces.h"

#include "grids/GridRepository.h"
#include "regions/RegionRepository.h"

#include <QCoreApplication>

namespace gridsafe {

namespace {

QString squeezed(const QString &text)
{
    QString out = text.simplified();
    out.remove(QLatin1Char(' '));
    out.remove(QChar(0x3000));
    return out;
}

// The name without the suffix of its level, so "横林" finds 横林镇 and "渔庄" finds 渔庄村.
QString stem(const QString &name)
{
    static const QStringList suffixes{QStringLiteral("街道办事处"), QStringLiteral("街道"),
                                      QStringLiteral("镇"),         QStringLiteral("村委会"),
                                      QStringLiteral("村"),         QStringLiteral("社区"),
                                      QStringLiteral("居委会")};
    for (const QString &suffix : suffixes) {
        if (name.size() > suffix.size() && name.endsWith(suffix))
            return name.left(name.size() - suffix.size());
    }
    return name;
}

template <typename Accept>
std::optional<qint64> byName(const QHash<qint64, Region> &regions, const QString &wanted, Accept accept)
{
    const QString name = squeezed(wanted);
    if (name.isEmpty())
        return std::nullopt;
    std::optional<qint64> exact;
    QList<qint64> loose;
    for (const Region &region : regions) {
        if (!accept(region))
            continue;
        if (region.name == name)
            exact = region.id;
        else if (stem(region.name) == stem(name))
            loose.append(region.id);
    }
    if (exact)
        return exact;
    if (loose.size() == 1)
        return loose.first();
    return std::nullopt;
}

} // namespace

Result<RegisterPlaces> RegisterPlaces::load(const QSqlDatabase &db)
{
    auto regions = RegionRepository(db).all();
    if (!regions)
        return regions.error();
    auto grids = GridRepository(db).all();
    if (!grids)
        return grids.error();
    RegisterPlaces places;
    for (const Region &region : regions.value())
        places.m_regions.insert(region.id, region);
    for (const Grid &grid : grids.value()) {
        places.m_grids.insert(grid.id, grid);
        if (grid.status != Grid::Status::Active)
            continue;
        for (qint64 area : grid.areaIds)
            places.m_activeGridsByArea[area].append(grid.id);
    }
    return places;
}

const Region *RegisterPlaces::region(qint64 id) const
{
    const auto it = m_regions.constFind(id);
    return it == m_regions.cend() ? nullptr : &*it;
}

const Grid *RegisterPlaces::grid(qint64 id) const
{
    const auto it = m_grids.constFind(id);
    return it == m_grids.cend() ? nullptr : &*it;
}

std::optional<qint64> RegisterPlaces::townNamed(const QString &name) const
{
    return byName(m_regions, name, [](const Region &region) { return isTownLevel(region.kind); });
}

std::optional<qint64> RegisterPlaces::areaNamed(qint64 townId, const QString &name) const
{
    return byName(m_regions, name, [townId](const Region &region) {
        return isGridArea(region.kind) && region.townId == townId;
    });
}

std::optional<qint64> RegisterPlaces::gridNamed(qint64 townId, const QString &nameOrCode) const
{
    const QString wanted = squeezed(nameOrCode);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Grid &grid : m_grids) {
        if (grid.townId != townId || grid.status != Grid::Status::Active)
            continue;
        if (squeezed(grid.name) == wanted || grid.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return grid.id;
    }
    return std::nullopt;
}

std::optional<qint64> RegisterPlaces::onlyGridCovering(qint64 areaId) const
{
    const QList<qint64> grids = m_activeGridsByArea.value(areaId);
    if (grids.size() == 1)
        return grids.first();
    return std::nullopt;
}

QList<FieldProblem> RegisterPlaces::placementProblems(const Actor &actor, const Enterprise &e,
                                                      std::optional<qint64> keptGridId) const
{
    QList<FieldProblem> problems;
    const Region *town = region(e.townId);
    if (!town || !isTownLevel(town->kind)) {
        problems.append(
            {QStringLiteral("townId"),
             QCoreApplication::translate("RegisterPlaces", "Choose the enterprise's town or street.")});
        return problems;
    }
    if (!actor.coversTown(town->id)) {
        problems.append(
            {QStringLiteral("townId"),
             QCoreApplication::translate(
                 "RegisterPlaces", "%1 is not your town: you may only keep your own town's enterprises.")
                 .arg(town->name)});
        return problems;
    }
    if (e.villageId) {
        const Region *area = region(*e.villageId);
        if (!area || !isGridArea(area->kind) || area->townId != town->id)
            problems.append(
                {QStringLiteral("villageId"),
                 QCoreApplication::translate("RegisterPlaces", "The village or community is not one of %1's.")
                     .arg(town->name)});
    }
    if (e.gridId) {
        const Grid *held = grid(*e.gridId);
        if (!held || held->townId != town->id)
            problems.append({QStringLiteral("gridId"),
                             QCoreApplication::translate("RegisterPlaces", "The grid is not one of %1's.")
                                 .arg(town->name)});
        else if (held->status != Grid::Status::Active && e.gridId != keptGridId)
            problems.append({QStringLiteral("gridId"),
                             QCoreApplication::translate("RegisterPlaces",
                                                         "Grid \"%1\" is retired: choose a grid in use.")
                                 .arg(held->name)});
    }
    return problems;
}

QCborValue RegisterPlaces::describe(const QString &field, const QCborValue &value) const
{
    if (!value.isInteger())
        return value;
    if (field == QLatin1String("townId") || field == QLatin1String("villageId")) {
        const Region *found = region(value.toInteger());
        return found ? QCborValue(found->name) : value;
    }
    if (field == QLatin1String("gridId")) {
        const Grid *found = grid(value.toInteger());
        return found ? QCborValue(found->name) : value;
    }
    return value;
}

} // namespace gridsafe
