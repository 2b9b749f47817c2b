#include "cli/GridsCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "core/Outbox.h"
#include "core/PendingGrids.h"
#include "core/Replica.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace gridsafe {

int GridsCommand::run(CliContext &context)
{
    if (int code = context.connectSaved(); code != kExitOk)
        return code;
    const Replica &replica = *context.session().replica();
    QList<qint64> townIds;
    if (int code = context.chosenTowns(townIds); code != kExitOk)
        return code;
    QHash<qint64, QString> names;
    for (const Region &region : replica.regions())
        names.insert(region.id, region.name);
    QJsonArray json;
    QString text;
    const QList<OutboxEntry> queue = context.session().outbox()->entries();
    for (qint64 townId : townIds) {
        // Queued changes show as they will be, marked pending (a grid made offline has no id yet).
        for (const ShownGrid &shown : PendingGrids::overlay(replica.grids(townId), townId, queue)) {
            const Grid &grid = shown.grid;
            QJsonArray areas;
            QStringList areaNames;
            for (qint64 area : grid.areaIds) {
                areas.append(names.value(area));
                areaNames.append(names.value(area));
            }
            json.append(QJsonObject{
                {QStringLiteral("id"), shown.isCreatedOffline() ? QJsonValue() : QJsonValue(grid.id)},
                {QStringLiteral("pending"), shown.isPending()},
                {QStringLiteral("town"), names.value(townId)},
                {QStringLiteral("name"), grid.name},
                {QStringLiteral("status"), Grid::statusName(grid.status)},
                {QStringLiteral("revision"), grid.revision},
                {QStringLiteral("areas"), areas}});
            const QString status =
                shown.isPending()
                    ? QCoreApplication::translate("CliApp", "%1 (pending)").arg(Grid::statusName(grid.status))
                    : Grid::statusName(grid.status);
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(shown.isCreatedOffline() ? QStringLiteral("-") : QString::number(grid.id))
                        .arg(names.value(townId), grid.name, status, areaNames.join(QStringLiteral("、")));
        }
    }
    context.print(json, text);
    return kExitOk;
}

} // namespace gridsafe
