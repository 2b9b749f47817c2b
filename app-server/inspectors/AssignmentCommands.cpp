#include "inspectors/AssignmentCommands.h"

#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "grids/AssignmentRepository.h"
#include "grids/GridFeed.h"
#include "grids/GridRepository.h"
#include "inspectors/InspectorRules.h"
#include "protocol/FieldReader.h"

#include <QCoreApplication>

namespace gridsafe {

namespace {

// The active grid at the revision the client saw, in the actor's scope.
Result<Grid> assignableGrid(const CommandContext &context, qint64 gridId, qint64 revision)
{
    auto found = GridRepository(context.db).find(gridId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("AssignmentCommands", "Grid %1 does not exist.").arg(gridId));
    const Grid &grid = *found.value();
    if (!context.actor.coversTown(grid.townId))
        return outOfScope(context);
    if (grid.status != Grid::Status::Active)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("AssignmentCommands", "Grid \"%1\" has been retired.")
                             .arg(grid.name));
    if (grid.revision != revision)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "AssignmentCommands", "Grid \"%1\" was changed by someone else after you opened "
                                                   "it. Open it again and apply your change.")
                             .arg(grid.name));
    return grid;
}

// The grid's inspector changed: a new revision of the grid, published with the division.
Result<QCborMap> finish(CommandContext &context, const Grid &grid)
{
    if (Status bumped = GridRepository(context.db).bumpRevision(grid.id, context.nowText()); !bumped)
        return bumped.error();
    return GridFeed::gridChanged(context, grid.id);
}

Result<QCborMap> assignInspector(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 gridId = fields.integer(QStringLiteral("gridId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const qint64 inspectorId = fields.integer(QStringLiteral("inspectorId"));
    const QString overrideInput = fields.optionalText(QStringLiteral("overrideReason")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    auto grid = assignableGrid(context, gridId, revision);
    if (!grid)
        return grid.error();
    auto inspector = inspectorInScope(context, inspectorId);
    if (!inspector)
        return inspector.error();
    if (inspector->townId != grid->townId)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("AssignmentCommands",
                                                     "%1 is an inspector of another town; a grid is staffed "
                                                     "from its own town.")
                             .arg(inspector->name));
    if (!inspector->active)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "AssignmentCommands", "%1 is no longer an active inspector.")
                                                 .arg(inspector->name));
    if (grid->inspectorId == inspectorId)
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("AssignmentCommands", "%1 is already responsible for grid \"%2\".")
                .arg(inspector->name, grid->name));
    if (Status certified = checkCertified(context, inspector.value()); !certified)
        return certified.error();
    auto overrideReason = normalizeOptionalName(
        overrideInput,
        QCoreApplication::translate("AssignmentCommands", "reason for holding more than one grid"),
        kMaxRetireReasonLength);
    if (!overrideReason)
        return overrideReason.error();
    auto held = AssignmentRepository(context.db).currentOfInspector(inspectorId);
    if (!held)
        return held.error();
    if (!held->isEmpty() && overrideReason->isEmpty()) {
        auto other = GridRepository(context.db).find(held->first().gridId);
        const QString otherName = other && other.value() ? other.value()->name : QString();
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "AssignmentCommands", "%1 is already responsible for grid \"%2\". One inspector "
                                                   "holds one grid; to give them another as well, enter the "
                                                   "reason.")
                             .arg(inspector->name, otherName));
    }
    if (Status ended = GridFeed::endAssignment(context.db, context.changes, grid.value(), context.todayText(),
                                               QString());
        !ended)
        return ended.error();
    GridAssignment assignment;
    assignment.gridId = gridId;
    assignment.inspectorId = inspectorId;
    assignment.townId = grid->townId;
    assignment.startsOn = context.todayText();
    assignment.overrideReason = held->isEmpty() ? QString() : overrideReason.value();
    assignment.assignedBy = context.actor.username;
    auto opened = AssignmentRepository(context.db).open(assignment);
    if (!opened)
        return opened.error();
    if (Status published = GridFeed::publishAssignment(context.db, context.changes, opened.value());
        !published)
        return published.error();
    return finish(context, grid.value());
}

Result<QCborMap> unassignInspector(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 gridId = fields.integer(QStringLiteral("gridId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const QString reasonInput = fields.text(QStringLiteral("reason"));
    if (!fields.ok())
        return fields.error();
    auto grid = assignableGrid(context, gridId, revision);
    if (!grid)
        return grid.error();
    if (!grid->inspectorId)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("AssignmentCommands", "Grid \"%1\" has no inspector.")
                             .arg(grid->name));
    auto reason = normalizeName(
        reasonInput, QCoreApplication::translate("AssignmentCommands", "reason for the inspector leaving"),
        kMaxRetireReasonLength);
    if (!reason)
        return reason.error();
    if (Status ended = GridFeed::endAssignment(context.db, context.changes, grid.value(), context.todayText(),
                                               reason.value());
        !ended)
        return ended.error();
    return finish(context, grid.value());
}

} // namespace

void registerAssignmentCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kGridAssignInspector), assignInspector);
    registry.add(QString::fromLatin1(cmd::kGridUnassignInspector), unassignInspector);
}

} // namespace gridsafe
