#include "cli/TownsCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "core/Replica.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gridsafe {

int TownsCommand::run(CliContext &context)
{
    if (int code = context.connectSaved(); code != kExitOk)
        return code;
    QJsonArray json;
    QString text;
    for (const Region &region : context.session().replica()->regions()) {
        if (!isTownLevel(region.kind))
            continue;
        json.append(QJsonObject{{QStringLiteral("id"), region.id},
                                {QStringLiteral("name"), region.name},
                                {QStringLiteral("kind"), regionKindName(region.kind)}});
        text += QStringLiteral("%1\t%2\n").arg(region.id).arg(region.name);
    }
    context.print(json, text);
    return kExitOk;
}

} // namespace gridsafe
