#include "filings/TownDivisionLoader.h"

#include "domain/RegionKind.h"
#include "filings/FilingRepository.h"
#include "grids/AssignmentRepository.h"
#include "grids/DivisionRepository.h"
#include "grids/GridRepository.h"
#include "inspectors/InspectorRepository.h"
#include "regions/RegionRepository.h"
#include "training/TrainingRepository.h"

#include <QCborArray>

namespace gridsafe {

Result<TownDivision> TownDivisionLoader::load(const Region &town) const
{
    TownDivision division;
    division.town = town;
    auto areas = RegionRepository(m_db).children(town.id);
    if (!areas)
        return areas.error();
    for (const Region &area : areas.value()) {
        if (isGridArea(area.kind))
            division.areas.append(area);
    }
    auto grids = GridRepository(m_db).inTown(town.id);
    if (!grids)
        return grids.error();
    division.grids = grids.value();
    auto inspectors = InspectorRepository(m_db).inTown(town.id);
    if (!inspectors)
        return inspectors.error();
    for (const Inspector &inspector : inspectors.value())
        division.inspectors.insert(inspector.id, inspector);
    auto certificates = TrainingRepository(m_db).certificatesInTown(town.id);
    if (!certificates)
        return certificates.error();
    division.certificates = certificates.value();
    auto state = DivisionRepository(m_db).find(town.id);
    if (!state)
        return state.error();
    division.division = state.value();
    auto filing = FilingRepository(m_db).latestOfTown(town.id);
    if (!filing)
        return filing.error();
    division.latestFiling = filing.value();
    return division;
}

QCborMap TownDivisionLoader::snapshot(const TownDivision &division, const QString &today,
                                      const QString &takenAt)
{
    QHash<qint64, Region> areas;
    for (const Region &area : division.areas)
        areas.insert(area.id, area);
    QCborArray grids;
    for (const Grid &grid : division.grids) {
        if (grid.status != Grid::Status::Active)
            continue;
        QCborArray covered;
        for (qint64 areaId : grid.areaIds) {
            const Region area = areas.value(areaId);
            covered.append(QCborMap{{QStringLiteral("id"), areaId},
                                    {QStringLiteral("name"), area.name},
                                    {QStringLiteral("kind"), regionKindName(area.kind)},
                                    {QStringLiteral("code"), area.code}});
        }
        QCborValue inspector(nullptr);
        if (grid.inspectorId) {
            const Inspector person = division.inspectors.value(*grid.inspectorId);
            QCborMap record{{QStringLiteral("id"), person.id},
                            {QStringLiteral("name"), person.name},
                            {QStringLiteral("phone"), person.phone},
                            {QStringLiteral("kind"), Inspector::kindName(person.kind)},
                            {QStringLiteral("unit"),
                             person.unitRegionId ? areas.value(*person.unitRegionId).name : person.unit}};
            for (const Certificate &certificate : division.certificates) {
                if (certificate.inspectorId == person.id && certificate.validOn(today)) {
                    record.insert(QStringLiteral("certificateNumber"), certificate.number);
                    record.insert(QStringLiteral("certificateValidUntil"), certificate.validUntil);
                    break;
                }
            }
            inspector = record;
        }
        grids.append(QCborMap{{QStringLiteral("id"), grid.id},
                              {QStringLiteral("code"), grid.code},
                              {QStringLiteral("name"), grid.name},
                              {QStringLiteral("kind"), Grid::kindName(grid.kind)},
                              {QStringLiteral("part"), grid.part},
                              {QStringLiteral("areas"), covered},
                              {QStringLiteral("inspector"), inspector}});
    }
    return QCborMap{{QStringLiteral("town"), QCborMap{{QStringLiteral("id"), division.town.id},
                                                      {QStringLiteral("name"), division.town.name},
                                                      {QStringLiteral("code"), division.town.code}}},
                    {QStringLiteral("takenAt"), takenAt},
                    {QStringLiteral("areaCount"), division.areas.size()},
                    {QStringLiteral("grids"), grids}};
}

} // namespace gridsafe
