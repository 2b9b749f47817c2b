#include "enterprises/EnterpriseHistoryRequest.h"

#include "commands/RequestRegistry.h"
#include "enterprises/EnterpriseRepository.h"
#include "protocol/FieldReader.h"
#include "protocol/MessageType.h"
#include "store/Database.h"

#include <QCborArray>
#include <QCoreApplication>

namespace gridsafe {

namespace {

constexpr int kMaxHistoryEntries = 500;
constexpr int kMaxReports = 100;

Result<QCborMap> history(Database &database, const Actor &actor, const QCborMap &body)
{
    FieldReader fields(body);
    const qint64 id = fields.integer(QStringLiteral("enterpriseId"));
    if (!fields.ok())
        return fields.error();
    EnterpriseRepository repository(database.sql());
    auto found = repository.find(id);
    if (!found)
        return found.error();
    // Another town's enterprise is as good as absent.
    if (!found.value() || !actor.coversTown(found.value()->townId))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("EnterpriseHistoryRequest", "Enterprise %1 does not exist.").arg(id));
    auto changes = repository.changes(id, kMaxHistoryEntries);
    if (!changes)
        return changes.error();
    auto reports = repository.riskReports(id, kMaxReports);
    if (!reports)
        return reports.error();
    QCborArray changeList;
    for (const EnterpriseChangeRecord &record : changes.value())
        changeList.append(QCborMap{{QStringLiteral("at"), record.at},
                                   {QStringLiteral("user"), record.userName},
                                   {QStringLiteral("action"), record.action},
                                   {QStringLiteral("changes"), record.changes}});
    QCborArray reportList;
    for (const RiskReportRecord &record : reports.value())
        reportList.append(QCborMap{{QStringLiteral("kind"), riskReportKindKey(record.report.kind)},
                                   {QStringLiteral("reportedOn"), record.report.reportedOn},
                                   {QStringLiteral("level"), riskLevelKey(record.report.level)},
                                   {QStringLiteral("note"), record.note},
                                   {QStringLiteral("recordedBy"), record.recordedBy},
                                   {QStringLiteral("recordedAt"), record.recordedAt}});
    return QCborMap{{QStringLiteral("enterpriseId"), id},
                    {QStringLiteral("changes"), changeList},
                    {QStringLiteral("reports"), reportList}};
}

} // namespace

void registerEnterpriseHistoryRequest(RequestRegistry &registry, Database &database)
{
    registry.add(
        QString::fromLatin1(msg::kEnterpriseHistory),
        [&database](const Actor &actor, const QCborMap &body) { return history(database, actor, body); });
}

} // namespace gridsafe
