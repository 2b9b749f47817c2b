#include "grids/GridCommands.h"

#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "grids/GridFeed.h"
#include "grids/GridRepository.h"
#include "protocol/FieldReader.h"
#include "regions/RegionRepository.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>

namespace gridsafe {

namespace {

// Every covered area must be of the grid's own town and of its kind: villages and
// communities for a village grid, parks for a park grid. An area already in another grid
// may be shared only by a grid that says which part it covers (a split village).
Status checkAreas(const CommandContext &context, qint64 townId, Grid::Kind kind, const QString &part,
                  const QList<qint64> &areaIds, qint64 gridId)
{
    if (areaIds.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "GridCommands", "A grid must cover at least one village, community or park."));
    if (areaIds.size() > kMaxGridAreas)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("GridCommands", "A grid covers at most %1 areas.")
                             .arg(kMaxGridAreas));
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
        const bool isPark = area.value()->kind == RegionKind::Park;
        if (!gridKindFits(kind, area.value()->kind))
            return makeError(ErrorCode::Invalid,
                             isPark ? QCoreApplication::translate(
                                          "GridCommands", "\"%1\" is a park: it belongs in a park grid, not "
                                                          "in a village grid.")
                                          .arg(area.value()->name)
                                    : QCoreApplication::translate(
                                          "GridCommands", "\"%1\" is a village or community: a park grid "
                                                          "covers only parks and functional zones.")
                                          .arg(area.value()->name));
    }
    // Shared only between grids that each say their part: a grid covering the area whole
    // must name its part first (else that grid could never be saved again as it is).
    auto sharing = GridRepository(context.db).firstSharing(areaIds, gridId, !part.isEmpty());
    if (!sharing)
        return sharing.error();
    if (sharing.value()) {
        auto area = regions.find(sharing.value()->areaId);
        const QString areaName = area && area.value() ? area.value()->name : QString();
        const QString &other = sharing.value()->gridName;
        return makeError(ErrorCode::Invalid,
                         part.isEmpty()
                             ? QCoreApplication::translate(
                                   "GridCommands", "\"%1\" is already in grid \"%2\". To split it between "
                                                   "grids, say which part this grid covers.")
                                   .arg(areaName, other)
                             : QCoreApplication::translate(
                                   "GridCommands", "Grid \"%2\" covers \"%1\" whole. To split it, first "
                                                   "say which part grid \"%2\" keeps.")
                                   .arg(areaName, other));
    }
    return success();
}

Result<QString> checkCode(const CommandContext &context, qint64 townId, const QString &input, qint64 gridId)
{
    auto code = normalizeGridCode(input);
    if (!code)
        return code;
    auto taken = GridRepository(context.db).activeCodeTaken(townId, code.value(), gridId);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "GridCommands", "This town already has a grid with code %1.")
                                                 .arg(code.value()));
    return code;
}

Result<Grid::Kind> readKind(const QString &input)
{
    if (const std::optional<Grid::Kind> kind = Grid::kindFromName(input))
        return *kind;
    return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                             "GridCommands", "Unknown grid kind \"%1\": use village or park.")
                                             .arg(input));
}

Result<QString> checkPart(const QString &input)
{
    return normalizeOptionalName(input, QCoreApplication::translate("GridCommands", "part of the village"),
                                 kMaxGridPartLength);
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

Result<QCborMap> createGrid(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 townId = fields.integer(QStringLiteral("townId"));
    // Absent: the next free WG-NN of the town (older clients send none).
    const std::optional<QString> codeInput = fields.optionalText(QStringLiteral("code"));
    const QString nameInput = fields.text(QStringLiteral("name"));
    const QString kindInput = fields.optionalText(QStringLiteral("kind")).value_or(QStringLiteral("village"));
    const QString partInput = fields.optionalText(QStringLiteral("part")).value_or(QString());
    const QList<qint64> areaIds = fields.integerList(QStringLiteral("areaIds"));
    if (!fields.ok())
        return fields.error();
    if (auto town = townInScope(context, townId); !town)
        return town.error();
    auto code = codeInput ? checkCode(context, townId, *codeInput, 0)
                          : GridRepository(context.db).nextFreeCode(townId);
    if (!code)
        return code.error();
    auto name = checkName(context, townId, nameInput, 0);
    if (!name)
        return name.error();
    auto kind = readKind(kindInput);
    if (!kind)
        return kind.error();
    auto part = checkPart(partInput);
    if (!part)
        return part.error();
    if (Status areas = checkAreas(context, townId, kind.value(), part.value(), areaIds, 0); !areas)
        return areas.error();

    Grid grid;
    grid.townId = townId;
    grid.code = code.value();
    grid.name = name.value();
    grid.kind = kind.value();
    grid.part = part.value();
    grid.areaIds = areaIds;
    grid.createdAt = context.nowText();
    auto id = GridRepository(context.db).insert(grid);
    if (!id)
        return id.error();
    return GridFeed::gridChanged(context, id.value());
}

Result<QCborMap> updateGrid(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 gridId = fields.integer(QStringLiteral("gridId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const std::optional<QString> codeInput = fields.optionalText(QStringLiteral("code"));
    const std::optional<QString> nameInput = fields.optionalText(QStringLiteral("name"));
    const std::optional<QString> kindInput = fields.optionalText(QStringLiteral("kind"));
    const std::optional<QString> partInput = fields.optionalText(QStringLiteral("part"));
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
    if (codeInput) {
        auto code = checkCode(context, grid.townId, *codeInput, gridId);
        if (!code)
            return code.error();
        grid.code = code.value();
    }
    if (kindInput) {
        auto kind = readKind(*kindInput);
        if (!kind)
            return kind.error();
        grid.kind = kind.value();
    }
    if (partInput) {
        auto part = checkPart(*partInput);
        if (!part)
            return part.error();
        grid.part = part.value();
    }
    if (nameInput) {
        auto name = checkName(context, grid.townId, *nameInput, gridId);
        if (!name)
            return name.error();
        grid.name = name.value();
    }
    if (hasAreas)
        grid.areaIds = areaIds;
    // Checked as a whole: a new kind must suit the areas kept, a new part may allow sharing.
    if (Status areas = checkAreas(context, grid.townId, grid.kind, grid.part, grid.areaIds, gridId); !areas)
        return areas.error();
    grid.updatedAt = context.nowText();
    if (Status updated = GridRepository(context.db).update(grid); !updated)
        return updated.error();
    return GridFeed::gridChanged(context, gridId);
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
    // A retired grid has no inspector: the assignment ends today, with the same reason.
    if (Status ended = GridFeed::endAssignment(context.db, context.changes, grid.value(), context.todayText(),
                                               reason.value());
        !ended)
        return ended.error();
    if (Status retired = GridRepository(context.db).retire(gridId, context.nowText(), reason.value());
        !retired)
        return retired.error();
    return GridFeed::gridChanged(context, gridId);
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
    // So may its code.
    auto codeTaken = GridRepository(context.db).activeCodeTaken(grid->townId, grid->code, gridId);
    if (!codeTaken)
        return codeTaken.error();
    if (codeTaken.value())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "GridCommands", "Another grid of this town now has code %1: change that one's "
                                             "code before restoring this.")
                             .arg(grid->code));
    // And its areas may have gone to other grids: restoring must not make a silent overlap.
    if (Status areas = checkAreas(context, grid->townId, grid->kind, grid->part, grid->areaIds, gridId);
        !areas)
        return areas.error();
    if (Status restored = GridRepository(context.db).restore(gridId, context.nowText()); !restored)
        return restored.error();
    return GridFeed::gridChanged(context, gridId);
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
