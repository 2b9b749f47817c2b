#include "core/PendingGrids.h"

#include "domain/CommandName.h"

#include <QCborArray>
#include <QHash>

#include <algorithm>

namespace gridsafe {

namespace {

QList<qint64> areaList(const QCborValue &value)
{
    QList<qint64> ids;
    for (const QCborValue &id : value.toArray())
        ids.append(id.toInteger());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The fields a queued grid.create or grid.update sets besides name and areas.
void applyDetails(const QCborMap &args, Grid &grid)
{
    if (const QCborValue code = args.value(QStringLiteral("code")); code.isString())
        grid.code = code.toString().trimmed().toUpper();
    if (const QCborValue kind = args.value(QStringLiteral("kind")); kind.isString())
        grid.kind = Grid::kindFromName(kind.toString()).value_or(grid.kind);
    if (const QCborValue part = args.value(QStringLiteral("part")); part.isString())
        grid.part = part.toString().simplified();
}

} // namespace

QList<ShownGrid> PendingGrids::overlay(const QList<Grid> &confirmed, qint64 townId,
                                       const QList<OutboxEntry> &queue)
{
    QList<ShownGrid> shown;
    QHash<qint64, int> rowOfGrid;
    for (const Grid &grid : confirmed) {
        rowOfGrid.insert(grid.id, int(shown.size()));
        shown.append(ShownGrid{grid, {}, {}});
    }
    // Which grid each laid-over command touched, for the commands built on it.
    QHash<QString, qint64> gridOfCommand;
    for (const OutboxEntry &entry : queue) {
        if (entry.state != OutboxEntry::State::Pending)
            continue;
        const QCborMap &args = entry.args;
        if (entry.name == QLatin1String(cmd::kGridCreate)) {
            if (args.value(QStringLiteral("townId")).toInteger() != townId)
                continue;
            Grid grid;
            grid.id = -entry.seq;
            grid.townId = townId;
            grid.name = args.value(QStringLiteral("name")).toString();
            grid.areaIds = areaList(args.value(QStringLiteral("areaIds")));
            applyDetails(args, grid);
            grid.revision = 0;
            grid.createdAt = entry.createdAt;
            rowOfGrid.insert(grid.id, int(shown.size()));
            shown.append(ShownGrid{grid, {entry.summary}, entry.commandId});
            gridOfCommand.insert(entry.commandId, grid.id);
            continue;
        }
        if (entry.name != QLatin1String(cmd::kGridUpdate) && entry.name != QLatin1String(cmd::kGridRetire)
            && entry.name != QLatin1String(cmd::kGridRestore)
            && entry.name != QLatin1String(cmd::kGridAssignInspector)
            && entry.name != QLatin1String(cmd::kGridUnassignInspector))
            continue;
        qint64 gridId = args.value(QStringLiteral("gridId")).toInteger();
        if (!entry.buildsOn.isEmpty()) {
            // Waiting for a command that is not laid over (refused): neither is this one.
            if (!gridOfCommand.contains(entry.buildsOn))
                continue;
            gridId = gridOfCommand.value(entry.buildsOn);
        }
        const auto row = rowOfGrid.constFind(gridId);
        if (row == rowOfGrid.constEnd())
            continue;
        ShownGrid &target = shown[*row];
        if (entry.name == QLatin1String(cmd::kGridUpdate)) {
            const QCborValue name = args.value(QStringLiteral("name"));
            if (name.isString())
                target.grid.name = name.toString();
            applyDetails(args, target.grid);
            const QCborValue areas = args.value(QStringLiteral("areaIds"));
            if (areas.isArray())
                target.grid.areaIds = areaList(areas);
            target.grid.updatedAt = entry.createdAt;
        } else if (entry.name == QLatin1String(cmd::kGridRetire)) {
            target.grid.status = Grid::Status::Retired;
            target.grid.retiredAt = entry.createdAt;
            target.grid.retireReason = args.value(QStringLiteral("reason")).toString();
        } else if (entry.name == QLatin1String(cmd::kGridAssignInspector)) {
            target.grid.inspectorId = args.value(QStringLiteral("inspectorId")).toInteger();
        } else if (entry.name == QLatin1String(cmd::kGridUnassignInspector)) {
            target.grid.inspectorId.reset();
            target.grid.assignmentId.reset();
        } else {
            target.grid.status = Grid::Status::Active;
            target.grid.retiredAt.clear();
            target.grid.retireReason.clear();
        }
        target.pendingChanges.append(entry.summary);
        target.lastPendingCommand = entry.commandId;
        gridOfCommand.insert(entry.commandId, gridId);
    }
    return shown;
}

} // namespace gridsafe
