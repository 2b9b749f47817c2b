#include "core/enterprises/PendingEnterprises.h"

#include "domain/CommandName.h"

#include <QCborArray>

namespace gridsafe {

namespace {

bool isEnterpriseCommand(const QString &name)
{
    return name == QLatin1String(cmd::kEnterpriseCreate) || name == QLatin1String(cmd::kEnterpriseUpdate)
           || name == QLatin1String(cmd::kEnterpriseSetSupervision)
           || name == QLatin1String(cmd::kEnterpriseRecordRiskReport);
}

void applySupervision(const QCborMap &args, Enterprise &e)
{
    if (const QCborValue grid = args.value(QStringLiteral("gridId")); grid.isInteger()) {
        e.gridId = grid.toInteger();
        e.directReason.clear();
    } else {
        e.gridId.reset();
        e.directReason = args.value(QStringLiteral("directReason")).toString();
    }
}

void applyRiskReport(const QCborMap &args, Enterprise &e)
{
    const auto kind = riskReportKindFromKey(args.value(QStringLiteral("kind")).toString());
    const auto level = riskLevelFromKey(args.value(QStringLiteral("level")).toString());
    const QString reportedOn = args.value(QStringLiteral("reportedOn")).toString();
    if (!kind || !level)
        return;
    // As the server does: the register shows the latest report.
    if (!e.risk || e.risk->reportedOn <= reportedOn)
        e.risk = RiskSummary{*kind, reportedOn, *level};
}

} // namespace

const QStringList &PendingEnterprises::argumentKeys()
{
    static const QStringList keys =
        QStringLiteral(
            "creditCode name address townId villageId industry sector focusFlags scale employees "
            "legalRepresentative safetyContact safetyPhone status longitude latitude gridId directReason")
            .split(QLatin1Char(' '));
    return keys;
}

Enterprise PendingEnterprises::withArguments(Enterprise base, const QCborMap &args)
{
    QCborMap payload = base.toPayload();
    for (const QString &key : argumentKeys())
        payload.insert(key, args.contains(key) ? args.value(key) : QCborValue(nullptr));
    auto read = Enterprise::fromPayload(payload);
    return read ? read.value() : base;
}

QHash<qint64, PendingEnterprise> PendingEnterprises::overlay(const QList<OutboxEntry> &queue,
                                                             const ConfirmedLookup &confirmed)
{
    QHash<qint64, PendingEnterprise> shown;
    QHash<QString, qint64> enterpriseOfCommand; // for the commands built on a laid-over one
    auto target = [&](qint64 id) -> PendingEnterprise * {
        if (auto found = shown.find(id); found != shown.end())
            return &found.value();
        if (id < 0)
            return nullptr;
        std::optional<Enterprise> record = confirmed(id);
        if (!record)
            return nullptr;
        return &shown.insert(id, PendingEnterprise{*record, {}, {}, {}}).value();
    };
    for (const OutboxEntry &entry : queue) {
        if (entry.state != OutboxEntry::State::Pending || !isEnterpriseCommand(entry.name))
            continue;
        const QCborMap &args = entry.args;
        if (entry.name == QLatin1String(cmd::kEnterpriseCreate)) {
            Enterprise e = withArguments(Enterprise{}, args);
            e.id = -entry.seq;
            e.revision = 0;
            e.createdAt = entry.createdAt;
            shown.insert(e.id, PendingEnterprise{e, {entry.summary}, entry.commandId, entry.commandId});
            enterpriseOfCommand.insert(entry.commandId, e.id);
            continue;
        }
        QList<qint64> ids;
        if (entry.name == QLatin1String(cmd::kEnterpriseSetSupervision)) {
            for (const QCborValue id : args.value(QStringLiteral("enterpriseIds")).toArray())
                ids.append(id.toInteger());
        } else if (!entry.buildsOn.isEmpty()) {
            // Waiting for a command that is not laid over (refused): neither is this one.
            if (!enterpriseOfCommand.contains(entry.buildsOn))
                continue;
            ids.append(enterpriseOfCommand.value(entry.buildsOn));
        } else {
            ids.append(args.value(QStringLiteral("enterpriseId")).toInteger());
        }
        for (qint64 id : std::as_const(ids)) {
            PendingEnterprise *pending = target(id);
            if (!pending)
                continue;
            Enterprise &e = pending->enterprise;
            if (entry.name == QLatin1String(cmd::kEnterpriseUpdate)) {
                e = withArguments(e, args); // the risk report is not among its arguments: it stays
                pending->lastRevisionCommand = entry.commandId;
            } else if (entry.name == QLatin1String(cmd::kEnterpriseSetSupervision)) {
                applySupervision(args, e);
            } else {
                applyRiskReport(args, e);
                pending->lastRevisionCommand = entry.commandId;
            }
            e.updatedAt = entry.createdAt;
            pending->changes.append(entry.summary);
            enterpriseOfCommand.insert(entry.commandId, id);
        }
    }
    return shown;
}

} // namespace gridsafe
