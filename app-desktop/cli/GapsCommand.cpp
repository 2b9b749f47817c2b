#include "cli/GapsCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gridsafe {

int GapsCommand::run(CliContext &context)
{
    if (int code = context.connectSaved(); code != kExitOk)
        return code;
    QList<qint64> townIds;
    if (int code = context.chosenTowns(townIds); code != kExitOk)
        return code;
    const Replica &replica = *context.session().replica();
    const ReplicaRecords records(replica);
    const QString today = civilDateText(chinaDate(QDateTime::currentDateTimeUtc()));
    QJsonArray json;
    QString text;
    for (qint64 townId : townIds) {
        const std::optional<Region> town = replica.region(townId);
        if (!town)
            continue;
        for (const CoverageGap &gap : findCoverageGaps(records.townDivision(*town), today)) {
            json.append(QJsonObject{{QStringLiteral("town"), town->name},
                                    {QStringLiteral("kind"), coverageGapKindName(gap.kind)},
                                    {QStringLiteral("subjectId"), gap.subjectId},
                                    {QStringLiteral("subject"), gap.subjectName},
                                    {QStringLiteral("detail"), gap.detail},
                                    {QStringLiteral("text"), describeCoverageGap(gap)}});
            text += QStringLiteral("%1\t%2\t%3\n")
                        .arg(town->name, coverageGapKindName(gap.kind), describeCoverageGap(gap));
        }
    }
    context.print(json, text);
    return kExitOk;
}

} // namespace gridsafe
