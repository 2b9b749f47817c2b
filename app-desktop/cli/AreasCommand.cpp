#include "cli/AreasCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "core/Replica.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace gridsafe {

int AreasCommand::run(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (!parser.isSet(QStringLiteral("town")))
        return CliContext::usage(QCoreApplication::translate("CliApp", "areas needs --town."));
    if (int code = context.connectSaved(); code != kExitOk)
        return code;
    const std::optional<qint64> town = context.findTown(parser.value(QStringLiteral("town")));
    if (!town)
        return CliContext::usage(
            QCoreApplication::translate("CliApp", "No town \"%1\" among those you can see.")
                .arg(parser.value(QStringLiteral("town"))));
    const Replica &replica = *context.session().replica();
    // Which active grids cover each area: an area in none is a gap in the grid network.
    QHash<qint64, QStringList> coveredBy;
    for (const Grid &grid : replica.grids(*town)) {
        if (grid.status != Grid::Status::Active)
            continue;
        for (qint64 area : grid.areaIds)
            coveredBy[area].append(grid.name);
    }
    QJsonArray json;
    QString text;
    for (const Region &region : replica.regions()) {
        if (region.townId != *town || !isGridArea(region.kind))
            continue;
        const QStringList grids = coveredBy.value(region.id);
        json.append(QJsonObject{{QStringLiteral("id"), region.id},
                                {QStringLiteral("name"), region.name},
                                {QStringLiteral("kind"), regionKindName(region.kind)},
                                {QStringLiteral("code"), region.code},
                                {QStringLiteral("grids"), QJsonArray::fromStringList(grids)}});
        text += QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(region.id)
                    .arg(region.name, regionKindDisplayName(region.kind),
                         grids.isEmpty() ? QCoreApplication::translate("CliApp", "(no grid)")
                                         : grids.join(QStringLiteral("、")));
    }
    context.print(json, text);
    return kExitOk;
}

} // namespace gridsafe
