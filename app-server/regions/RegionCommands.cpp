#include "regions/RegionCommands.h"

#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "protocol/FieldReader.h"
#include "regions/RegionImport.h"
#include "regions/RegionRepository.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gridsafe {

namespace {

const QString kRegionEntity = QStringLiteral("region");

Result<QCborMap> publishRegion(CommandContext &context, qint64 regionId)
{
    auto region = RegionRepository(context.db).find(regionId);
    if (!region)
        return region.error();
    if (Status recorded = context.changes.record(kRegionEntity, regionId, region.value()->townId,
                                                 region.value()->toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = kRegionEntity;
    context.auditEntityId = regionId;
    QCborMap result;
    result.insert(QStringLiteral("regionId"), regionId);
    result.insert(QStringLiteral("revision"), region.value()->revision);
    return result;
}

Result<QString> uniqueName(const CommandContext &context, qint64 parentId, const QString &input,
                           qint64 exceptId)
{
    auto name = normalizeName(input, QCoreApplication::translate("RegionCommands", "region name"),
                              kMaxRegionNameLength);
    if (!name)
        return name;
    auto taken = RegionRepository(context.db).siblingNameTaken(parentId, name.value(), exceptId);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("RegionCommands", "\"%1\" already exists at this level.")
                             .arg(name.value()));
    return name;
}

// The district: the root, made once (by an administrator on a database without one).
Result<QCborMap> createDistrict(CommandContext &context, const QString &nameInput, const QString &code)
{
    if (context.actor.role != Role::Admin)
        return makeError(
            ErrorCode::Forbidden,
            QCoreApplication::translate("RegionCommands", "Only an administrator may create the district."));
    auto all = RegionRepository(context.db).all();
    if (!all)
        return all.error();
    for (const Region &region : all.value()) {
        if (region.kind == RegionKind::District)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("RegionCommands", "The district already exists: %1.")
                                 .arg(region.name));
    }
    if (!regionCodeFits(code, RegionKind::District))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("RegionCommands", "A district code has 6 digits (e.g. 320412)."));
    auto name = normalizeName(nameInput, QCoreApplication::translate("RegionCommands", "region name"),
                              kMaxRegionNameLength);
    if (!name)
        return name.error();
    Region district;
    district.kind = RegionKind::District;
    district.code = code;
    district.name = name.value();
    auto id = RegionRepository(context.db).insert(district);
    if (!id)
        return id.error();
    return publishRegion(context, id.value());
}

Result<QCborMap> createRegion(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const std::optional<qint64> parentId = fields.optionalInteger(QStringLiteral("parentId"));
    const QString kindText = fields.text(QStringLiteral("kind"));
    const QString nameInput = fields.text(QStringLiteral("name"));
    const QString code = fields.optionalText(QStringLiteral("code")).value_or(QString()).trimmed();
    if (!fields.ok())
        return fields.error();
    const std::optional<RegionKind> kind = regionKindFromName(kindText);
    if (!kind)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("RegionCommands", "Unknown kind of region \"%1\".")
                             .arg(kindText.left(20)));
    if (*kind == RegionKind::District)
        return createDistrict(context, nameInput, code);
    if (!parentId)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("RegionCommands", "A new region needs its parent (parentId)."));
    if (isTownLevel(*kind)) {
        // Towns and streets are set up by the district's administrators, under the district.
        if (context.actor.role != Role::Admin)
            return makeError(ErrorCode::Forbidden,
                             QCoreApplication::translate("RegionCommands",
                                                         "Only an administrator may add a town or street."));
        auto parent = RegionRepository(context.db).find(*parentId);
        if (!parent)
            return parent.error();
        if (!parent.value())
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("RegionCommands", "Region %1 does not exist.").arg(*parentId));
        if (parent.value()->kind != RegionKind::District)
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("RegionCommands", "A town or street belongs to the district."));
    } else {
        if (auto town = townInScope(context, *parentId); !town)
            return town.error();
    }
    if (!regionCodeFits(code, *kind))
        return makeError(
            ErrorCode::Invalid,
            isTownLevel(*kind)
                ? QCoreApplication::translate("RegionCommands",
                                              "A town or street code has 9 digits (e.g. 320412104).")
                : QCoreApplication::translate(
                    "RegionCommands", "A village or community code has 12 digits (e.g. 320412104200)."));
    auto name = uniqueName(context, *parentId, nameInput, 0);
    if (!name)
        return name.error();
    Region region;
    region.parentId = *parentId;
    region.kind = *kind;
    region.code = code;
    region.name = name.value();
    auto id = RegionRepository(context.db).insert(region);
    if (!id)
        return id.error();
    return publishRegion(context, id.value());
}

// A region list (the CSV the console's import-regions reads), checked whole and created in
// the command's one transaction; the audit keeps the file's name, counts and checksum.
Result<QCborMap> importRegions(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const QString fileName = fields.text(QStringLiteral("fileName"));
    FieldReader content(args, QStringLiteral("args")); // not recorded: the audit has its checksum
    const QString csv = content.text(QStringLiteral("csv"));
    if (!fields.ok())
        return fields.error();
    if (!content.ok())
        return content.error();
    const QByteArray bytes = csv.toUtf8();
    auto plan = RegionImport::plan(context.db, bytes);
    if (!plan)
        return plan.error();
    const RegionImport::Outcome &outcome = plan.value().outcome;
    if (!outcome.problems.isEmpty()) {
        constexpr int kShown = 10;
        QStringList lines;
        for (const RegionImport::Problem &problem : outcome.problems.mid(0, kShown))
            lines.append(problem.row > 0 ? QCoreApplication::translate("RegionCommands", "Row %1: %2")
                                               .arg(problem.row)
                                               .arg(problem.message)
                                         : problem.message);
        if (outcome.problems.size() > kShown)
            lines.append(QCoreApplication::translate("RegionCommands", "… and %1 more.")
                             .arg(outcome.problems.size() - kShown));
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("RegionCommands", "Nothing was imported:\n%1")
                             .arg(lines.join(QLatin1Char('\n'))));
    }
    auto created = RegionImport::apply(context.db, context.changes, plan.value());
    if (!created)
        return created.error();
    context.auditEntity = kRegionEntity;
    context.auditDetail = QJsonObject{{QStringLiteral("rows"), outcome.rows},
                                      {QStringLiteral("created"), created.value()},
                                      {QStringLiteral("sha256"), RegionImport::checksum(bytes)}};
    QCborMap result;
    result.insert(QStringLiteral("rows"), outcome.rows);
    result.insert(QStringLiteral("created"), created.value());
    result.insert(QStringLiteral("existing"), outcome.existing);
    return result;
}

Result<QCborMap> renameRegion(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 regionId = fields.integer(QStringLiteral("regionId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const QString nameInput = fields.text(QStringLiteral("name"));
    if (!fields.ok())
        return fields.error();
    auto region = regionInScope(context, regionId);
    if (!region)
        return region.error();
    // Towns and the district are named by the district; towns rename their own areas.
    if (!isGridArea(region->kind) && context.actor.role != Role::Admin)
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate(
                             "RegionCommands", "Only an administrator may rename a town or the district."));
    if (region->revision != revision)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "RegionCommands", "\"%1\" was changed by someone else. Reload and try again.")
                             .arg(region->name));
    auto name = uniqueName(context, region->parentId.value_or(0), nameInput, regionId);
    if (!name)
        return name.error();
    if (Status renamed = RegionRepository(context.db).rename(regionId, name.value()); !renamed)
        return renamed.error();
    return publishRegion(context, regionId);
}

} // namespace

void registerRegionCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kRegionCreate), createRegion);
    registry.add(QString::fromLatin1(cmd::kRegionRename), renameRegion);
    registry.add(QString::fromLatin1(cmd::kRegionImport), importRegions);
}

} // namespace gridsafe
