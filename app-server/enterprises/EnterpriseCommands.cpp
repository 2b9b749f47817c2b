#include "enterprises/EnterpriseCommands.h"

#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/EnterpriseRules.h"
#include "domain/EntityName.h"
#include "enterprises/EnterpriseImportCommand.h"
#include "enterprises/EnterpriseRecorder.h"
#include "enterprises/RegisterPlaces.h"
#include "protocol/FieldReader.h"

#include <QCborArray>
#include <QCoreApplication>

namespace gridsafe {

namespace {

constexpr int kMaxSupervisionBatch = 1000;
constexpr int kMaxRiskNoteLength = 200;

Error invalid(const QList<FieldProblem> &problems)
{
    return makeError(ErrorCode::Invalid, problems.first().message);
}

// The enterprise's own fields, named as in its payload (docs/PROTOCOL.md §11.16).
Status readEnterpriseFields(FieldReader &fields, Enterprise &e)
{
    e.creditCode = fields.text(QStringLiteral("creditCode"));
    e.name = fields.text(QStringLiteral("name"));
    e.address = fields.optionalText(QStringLiteral("address")).value_or(QString());
    e.townId = fields.integer(QStringLiteral("townId"));
    e.villageId = fields.optionalInteger(QStringLiteral("villageId"));
    e.industry = fields.optionalText(QStringLiteral("industry")).value_or(QString());
    const std::optional<QString> sector = fields.optionalText(QStringLiteral("sector"));
    const QCborArray flags = fields.array(QStringLiteral("focusFlags"));
    const QString scale = fields.text(QStringLiteral("scale"));
    const std::optional<qint64> employees = fields.optionalInteger(QStringLiteral("employees"));
    e.legalRepresentative = fields.optionalText(QStringLiteral("legalRepresentative")).value_or(QString());
    e.safetyContact = fields.optionalText(QStringLiteral("safetyContact")).value_or(QString());
    e.safetyPhone = fields.optionalText(QStringLiteral("safetyPhone")).value_or(QString());
    const QString status = fields.text(QStringLiteral("status"));
    const std::optional<qint64> gridId = fields.optionalInteger(QStringLiteral("gridId"));
    e.directReason = fields.optionalText(QStringLiteral("directReason")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    e.gridId = gridId;
    if (sector && !sector->isEmpty()) {
        e.sector = keySectorFromKey(*sector);
        if (!e.sector)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("EnterpriseCommands", "Unknown key sector \"%1\".")
                                 .arg(sector->left(40)));
    }
    e.focusFlags.clear();
    for (const QCborValue &flag : flags) {
        if (!flag.isString())
            return makeError(ErrorCode::BadMessage,
                             QStringLiteral("field 'args.focusFlags' must hold texts"));
        e.focusFlags.append(flag.toString());
    }
    const auto knownScale = enterpriseScaleFromKey(scale);
    if (!knownScale)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("EnterpriseCommands", "The scale is \"above\" or \"below\"."));
    e.scale = *knownScale;
    if (employees) {
        if (*employees < 0 || *employees > kMaxEmployees)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("EnterpriseCommands",
                                                         "The number of employees must be between 0 and %1.")
                                 .arg(kMaxEmployees));
        e.employees = int(*employees);
    } else {
        e.employees.reset();
    }
    const auto knownStatus = enterpriseStatusFromKey(status);
    if (!knownStatus)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("EnterpriseCommands",
                                        "The status is \"operating\", \"suspended\" or \"closed\"."));
    e.status = *knownStatus;
    return success();
}

Status readLocation(const QCborMap &args, CommandContext &context, Enterprise &e)
{
    e.longitude.reset();
    e.latitude.reset();
    for (const QString &key : {QStringLiteral("longitude"), QStringLiteral("latitude")}) {
        const QCborValue value = args.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
        const double number = fields.number(key);
        if (!fields.ok())
            return fields.error();
        (key == QLatin1String("longitude") ? e.longitude : e.latitude) = number;
    }
    return success();
}

// Everything about the enterprise that needs no other command's data, then its place.
Status checkEnterprise(const CommandContext &context, const RegisterPlaces &places, Enterprise &e,
                       std::optional<qint64> keptGridId = std::nullopt)
{
    if (const QList<FieldProblem> problems = normalizeEnterprise(e); !problems.isEmpty())
        return invalid(problems);
    if (const QList<FieldProblem> problems = places.placementProblems(context.actor, e, keptGridId);
        !problems.isEmpty()) {
        const bool scope = problems.first().field == QLatin1String("townId") && places.region(e.townId)
                           && !context.actor.coversTown(e.townId);
        return makeError(scope ? ErrorCode::Forbidden : ErrorCode::Invalid, problems.first().message);
    }
    return success();
}

Status checkCodeFree(const CommandContext &context, EnterpriseRepository &repository, const Enterprise &e)
{
    auto holder = repository.findByCode(e.creditCode);
    if (!holder)
        return holder.error();
    if (holder.value() && holder.value()->id != e.id) {
        // Another town's register is not this user's to read: say where, not whose.
        if (!context.actor.coversTown(holder.value()->townId))
            return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                     "EnterpriseCommands",
                                                     "Credit code %1 is already registered in another town.")
                                                     .arg(e.creditCode));
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("EnterpriseCommands",
                                                     "Credit code %1 is already registered, for \"%2\".")
                             .arg(e.creditCode, holder.value()->name));
    }
    return success();
}

QCborMap answer(CommandContext &context, const Enterprise &e)
{
    context.auditEntity = QString::fromLatin1(entity::kEnterprise);
    context.auditEntityId = e.id;
    return QCborMap{{QStringLiteral("enterpriseId"), e.id}, {QStringLiteral("revision"), e.revision}};
}

Result<Enterprise> enterpriseInScope(CommandContext &context, EnterpriseRepository &repository, qint64 id)
{
    auto found = repository.find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("EnterpriseCommands", "Enterprise %1 does not exist.").arg(id));
    if (!context.actor.coversTown(found.value()->townId))
        return outOfScope(context);
    return *found.value();
}

Result<QCborMap> createEnterprise(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    Enterprise e;
    if (Status read = readEnterpriseFields(fields, e); !read)
        return read.error();
    if (Status located = readLocation(args, context, e); !located)
        return located.error();
    auto places = RegisterPlaces::load(context.db);
    if (!places)
        return places.error();
    if (Status checked = checkEnterprise(context, places.value(), e); !checked)
        return checked.error();
    EnterpriseRecorder recorder(context, places.value());
    if (Status free = checkCodeFree(context, recorder.repository(), e); !free)
        return free.error();
    if (Status created = recorder.create(e, QString::fromLatin1(cmd::kEnterpriseCreate)); !created)
        return created.error();
    return answer(context, e);
}

Result<QCborMap> updateEnterprise(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 id = fields.integer(QStringLiteral("enterpriseId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    Enterprise e;
    if (Status read = readEnterpriseFields(fields, e); !read)
        return read.error();
    if (Status located = readLocation(args, context, e); !located)
        return located.error();
    auto places = RegisterPlaces::load(context.db);
    if (!places)
        return places.error();
    EnterpriseRecorder recorder(context, places.value());
    auto before = enterpriseInScope(context, recorder.repository(), id);
    if (!before)
        return before.error();
    if (before->revision != revision)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "EnterpriseCommands",
                             "\"%1\" was changed by someone else meanwhile (revision %2, you saw %3). "
                             "Reopen it to see the changes.")
                             .arg(before->name)
                             .arg(before->revision)
                             .arg(revision));
    e.id = id;
    e.risk = before->risk;
    if (Status checked = checkEnterprise(context, places.value(), e, before->gridId); !checked)
        return checked.error();
    if (Status free = checkCodeFree(context, recorder.repository(), e); !free)
        return free.error();
    auto updated = recorder.update(before.value(), e, QString::fromLatin1(cmd::kEnterpriseUpdate));
    if (!updated)
        return updated.error();
    if (!updated.value())
        e.revision = before->revision;
    return answer(context, e);
}

Result<QCborMap> setSupervision(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const QList<qint64> ids = fields.integerList(QStringLiteral("enterpriseIds"));
    const std::optional<qint64> gridId = fields.optionalInteger(QStringLiteral("gridId"));
    const QString reason = fields.optionalText(QStringLiteral("directReason")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    if (ids.isEmpty() || ids.size() > kMaxSupervisionBatch)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("EnterpriseCommands",
                                                     "Choose between 1 and %1 enterprises at a time.")
                             .arg(kMaxSupervisionBatch));
    if (gridId && !reason.trimmed().isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("EnterpriseCommands",
                                        "An enterprise is either in a grid or supervised directly by the "
                                        "town, not both."));
    if (!gridId && reason.trimmed().isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("EnterpriseCommands",
                                        "Choose a grid, or give the reason the town supervises directly."));
    auto places = RegisterPlaces::load(context.db);
    if (!places)
        return places.error();
    EnterpriseRecorder recorder(context, places.value());
    int changed = 0;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        auto before = enterpriseInScope(context, recorder.repository(), id);
        if (!before)
            return before.error();
        Enterprise e = before.value();
        e.gridId = gridId;
        e.directReason = gridId ? QString() : reason;
        if (Status checked = checkEnterprise(context, places.value(), e); !checked)
            return makeError(checked.error().code,
                             QStringLiteral("%1: %2").arg(before->name, checked.error().message));
        auto updated =
            recorder.update(before.value(), e, QString::fromLatin1(cmd::kEnterpriseSetSupervision));
        if (!updated)
            return updated.error();
        changed += updated.value() ? 1 : 0;
    }
    context.auditEntity = QString::fromLatin1(entity::kEnterprise);
    return QCborMap{{QStringLiteral("changed"), changed}};
}

Result<QCborMap> recordRiskReport(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 id = fields.integer(QStringLiteral("enterpriseId"));
    const QString kind = fields.text(QStringLiteral("kind"));
    const QString reportedOn = fields.text(QStringLiteral("reportedOn"));
    const QString level = fields.text(QStringLiteral("level"));
    const QString note = fields.optionalText(QStringLiteral("note")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    const auto knownKind = riskReportKindFromKey(kind);
    const auto knownLevel = riskLevelFromKey(level);
    if (!knownKind || !knownLevel)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "EnterpriseCommands", "Unknown report kind or risk level."));
    auto date = checkCivilDate(reportedOn, QCoreApplication::translate("EnterpriseCommands", "report date"));
    if (!date)
        return date.error();
    if (civilDateText(date.value()) > context.todayText())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "EnterpriseCommands", "The report date %1 is in the future.")
                                                 .arg(reportedOn));
    if (note.simplified().size() > kMaxRiskNoteLength)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("EnterpriseCommands", "A note may have at most %1 characters.")
                .arg(kMaxRiskNoteLength));
    auto places = RegisterPlaces::load(context.db);
    if (!places)
        return places.error();
    EnterpriseRecorder recorder(context, places.value());
    auto before = enterpriseInScope(context, recorder.repository(), id);
    if (!before)
        return before.error();
    const RiskSummary report{*knownKind, civilDateText(date.value()), *knownLevel};
    if (Status stored = recorder.repository().insertRiskReport(id, report, note.simplified(),
                                                               context.actor.userId, context.nowText());
        !stored)
        return stored.error();
    Enterprise e = before.value();
    // The register shows the latest report; an older one entered late joins the history only.
    if (!before->risk || before->risk->reportedOn <= report.reportedOn) {
        e.risk = report;
        auto updated =
            recorder.update(before.value(), e, QString::fromLatin1(cmd::kEnterpriseRecordRiskReport));
        if (!updated)
            return updated.error();
    }
    return answer(context, e);
}

} // namespace

void registerEnterpriseCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kEnterpriseCreate), createEnterprise);
    registry.add(QString::fromLatin1(cmd::kEnterpriseUpdate), updateEnterprise);
    registry.add(QString::fromLatin1(cmd::kEnterpriseSetSupervision), setSupervision);
    registry.add(QString::fromLatin1(cmd::kEnterpriseRecordRiskReport), recordRiskReport);
    registry.add(QString::fromLatin1(cmd::kEnterpriseImport), importEnterprises);
}

} // namespace gridsafe
