#include "cli/InspectorsCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "domain/CivilDate.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace gridsafe {

int InspectorsCommand::run(CliContext &context)
{
    if (int code = context.connectSaved(); code != kExitOk)
        return code;
    QList<qint64> townIds;
    if (int code = context.chosenTowns(townIds); code != kExitOk)
        return code;
    const Replica &replica = *context.session().replica();
    const ReplicaRecords records(replica);
    const QString today = civilDateText(chinaDate(QDateTime::currentDateTimeUtc()));
    QHash<qint64, QString> townNames;
    for (const Region &region : replica.regions())
        townNames.insert(region.id, region.name);
    QJsonArray json;
    QString text;
    for (qint64 townId : townIds) {
        QHash<qint64, QStringList> held; // inspector → grid names
        for (const Grid &grid : replica.grids(townId)) {
            if (grid.inspectorId && grid.status == Grid::Status::Active)
                held[*grid.inspectorId].append(grid.name);
        }
        QHash<qint64, Certificate> valid;
        for (const Certificate &certificate : records.certificates(townId)) {
            if (certificate.validOn(today))
                valid.insert(certificate.inspectorId, certificate);
        }
        for (const Inspector &inspector : records.inspectors(townId)) {
            const std::optional<Certificate> certificate =
                valid.contains(inspector.id) ? std::optional(valid.value(inspector.id)) : std::nullopt;
            const QStringList grids = held.value(inspector.id);
            json.append(QJsonObject{
                {QStringLiteral("id"), inspector.id},
                {QStringLiteral("town"), townNames.value(townId)},
                {QStringLiteral("name"), inspector.name},
                {QStringLiteral("phone"), inspector.phone},
                {QStringLiteral("kind"), Inspector::kindName(inspector.kind)},
                {QStringLiteral("active"), inspector.active},
                {QStringLiteral("certificate"), certificate ? QJsonValue(certificate->number) : QJsonValue()},
                {QStringLiteral("validUntil"),
                 certificate ? QJsonValue(certificate->validUntil) : QJsonValue()},
                {QStringLiteral("grids"), QJsonArray::fromStringList(grids)}});
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                        .arg(inspector.id)
                        .arg(townNames.value(townId), inspector.name, inspector.phone,
                             certificate ? QCoreApplication::translate("CliApp", "certificate %1 until %2")
                                               .arg(certificate->number, certificate->validUntil)
                                         : QCoreApplication::translate("CliApp", "no valid certificate"),
                             grids.join(QStringLiteral("、")));
        }
    }
    context.print(json, text);
    return kExitOk;
}

} // namespace gridsafe
