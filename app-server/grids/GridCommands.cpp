#include "grids/GridCommands.h"

#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "grids/GridRepository.h"
#include "protocol/FieldReader.h"
#include "regions/RegionRepository.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>

namespace gridsafe {

namespace {

const QString kEntity = QStringLiteral("grid");

// Every covered area must be a village, community or park of the grid's own town.
Status checkAreas(const CommandContext &context, qint64 townId, const QList<qint64> &areaIds)
{
    if (areaIds.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "GridCommands", "A grid must cover at least one village, community or park."));
    RegionRepository regions(context.db);
    for (qint64 areaId : areaIds) {
        auto area = regions.find(areaId);
        if (!area)
            return area.error();
        // Another town's areas are not named: trying ids must not reveal that town's villages.
        if (!area.value() || area.value()->townId != townId)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "GridCommands", "Area %1 is not a village, community or park of this town.")
                                 .arg(areaId));
        if (!isGridArea(area.value()->kind))
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "GridCommands", "\"%1\" is not a village, community or park of this town.")
                                 .arg(area.value()->name));
    }
    return success();
}

Result<QString> checkName(const CommandContext &context, qint64 townId, const QString &input, qint64 gridId)
{
    auto name =
        normalizeName(input, QCoreApplication::translate("GridCommands", "grid name"), kMaxGridNameLength);
    if (!name)
        return name;
    auto taken = GridRepository(context.db).activeNameTaken(townId, name.value(), gridId);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "GridCommands", "This town already has a grid named \"%1\".")
                                                 .arg(name.value()));
    return name;
}

// Loads a grid the actor may change, at the revision the client last saw; by default an
// active one (a retired grid is only restored).
Result<Grid> editableGrid(const CommandContext &context, qint64 gridId, qint64 revision,
                          Grid::Status wanted = Grid::Status::Active)
{
    auto found = GridRepository(context.db).find(gridId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("GridCommands", "Grid %1 does not exist.").arg(gridId));
    const Grid &grid = *found.value();
    if (!context.actor.coversTown(grid.townId))
        return outOfScope(context);
    if (grid.status != wanted)
        return makeError(
            ErrorCode::Conflict,
            grid.status == Grid::Status::Retired
                ? QCoreApplication::translate("GridCommands", "Grid \"%1\" has been retired.").arg(grid.name)
                : QCoreApplication::translate("GridCommands", "Grid \"%1\" is in use, not retired.")
                      .arg(grid.name));
    if (grid.revision != revision)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "GridCommands",
                             "Grid \"%1\" was changed by someone else after you opened it. Open it "
                             "again and apply your change.")
                             .arg(grid.name));
    return grid;
}

Result<QCborMap> publish(CommandContext &context, qint64 gridId)
{
    auto grid = GridRepository(context.db).find(gridId);
    if (!grid)
        return grid.error();
    if (Status recorded =
            context.changes.record(kEntity, gridId, grid.value()->townId, grid.value()->toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = kEntity;
    context.auditEntityId = gridId;
    QCborMap result;
    result.insert(QStringLiteral("gridId"), gridId);
    result.insert(QStringLiteral("revision"), grid.value()->revision);
    return result;
}

Result<QCborMap> createGrid(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 townId = fields.integer(QStringLiteral("townId"));
    const QString nameInput = fields.text(QStringLiteral("name"));
    const QList<qint64> areaIds = fields.integerList(QStringLiteral("areaIds"));
    if (!fields.ok())
        return fields.error();
    if (auto town = townInScope(context, townId); !town)
        return town.error();
    auto name = checkName(context, townId, nameInput, 0);
    if (!name)
        return name.error();
    if (Status areas = checkAreas(context, townId, areaIds); !areas)
        return areas.error();

    Grid grid;
    grid.townId = townId;
    grid.name = name.value();
    grid.areaIds = areaIds;
    grid.createdAt = context.nowText();
    auto id = GridRepository(context.db).insert(grid);
    if (!id)
        return id.error();
    return publish(context, id.value());
}

Result<QCborMap> updateGrid(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 gridId = fields.integer(QStringLiteral("gridId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const std::optional<QString> nameInput = fields.optionalText(QStringLiteral("name"));
    // Absent or null means "unchanged", as for the name.
    const QCborValue areasValue = args.value(QStringLiteral("areaIds"));
    const bool hasAreas = !areasValue.isUndefined() && !areasValue.isNull();
    const QList<qint64> areaIds = hasAreas ? fields.integerList(QStringLiteral("areaIds")) : QList<qint64>();
    if (!fields.ok())
        return fields.error();
    auto loaded = editableGrid(context, gridId, revision);
    if (!loaded)
        return loaded.error();
    Grid grid = loaded.value();
    if (nameInput) {
        auto name = checkName(context, grid.townId, *nameInput, gridId);
        if (!name)
            return name.error();
        grid.name = name.value();
    }
    if (hasAreas) {
        if (Status areas = checkAreas(context, grid.townId, areaIds); !areas)
            return areas.error();
        grid.areaIds = areaIds;
    }
    grid.updatedAt = context.nowText();
    if (Status updated = GridRepository(context.db).update(grid); !updated)
        return updated.error();
    return publish(context, gridId);
}

Result<QCborMap> retireGrid(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 gridId = fields.integer(QStringLiteral("gridId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const QString reasonInput = fields.text(QStringLiteral("reason"));
    if (!fields.ok())
        return fields.error();
    auto grid = editableGrid(context, gridId, revision);
    if (!grid)
        return grid.error();
    auto reason =
        normalizeName(reasonInput, QCoreApplication::translate("GridCommands", "reason for retiring"),
                      kMaxRetireReasonLength);
    if (!reason)
        return reason.error();
    if (Status retired = GridRepository(context.db).retire(gridId, context.nowText(), reason.value());
        !retired)
        return retired.error();
    return publish(context, gridId);
}

Result<QCborMap> restoreGrid(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 gridId = fields.integer(QStringLiteral("gridId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const QString reasonInput = fields.text(QStringLiteral("reason"));
    if (!fields.ok())
        return fields.error();
    auto grid = editableGrid(context, gridId, revision, Grid::Status::Retired);
    if (!grid)
        return grid.error();
    auto reason =
        normalizeName(reasonInput, QCoreApplication::translate("GridCommands", "reason for restoring"),
                      kMaxRetireReasonLength);
    if (!reason)
        return reason.error();
    // Its name may have been given to a new grid meanwhile: active names stay unique.
    auto taken = GridRepository(context.db).activeNameTaken(grid->townId, grid->name, gridId);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "GridCommands", "Another grid of this town is now named \"%1\": rename that "
                                             "one before restoring this.")
                             .arg(grid->name));
    if (Status restored = GridRepository(context.db).restore(gridId, context.nowText()); !restored)
        return restored.error();
    return publish(context, gridId);
}

} // namespace

void registerGridCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kGridCreate), createGrid);
    registry.add(QString::fromLatin1(cmd::kGridUpdate), updateGrid);
    registry.add(QString::fromLatin1(cmd::kGridRetire), retireGrid);
    registry.add(QString::fromLatin1(cmd::kGridRestore), restoreGrid);
}

} // namespace gridsafe
