#include "regions/RegionCommands.h"

#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CommandName.h"
#include "domain/NameRules.h"
#include "protocol/FieldReader.h"
#include "regions/RegionRepository.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gridsafe {

namespace {

const QString kEntity = QStringLiteral("region");

Result<QCborMap> publish(CommandContext &context, qint64 regionId)
{
    auto region = RegionRepository(context.db).find(regionId);
    if (!region)
        return region.error();
    if (Status recorded =
            context.changes.record(kEntity, regionId, region.value()->townId, region.value()->toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = kEntity;
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

Result<QCborMap> createRegion(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 parentId = fields.integer(QStringLiteral("parentId"));
    const QString kindText = fields.text(QStringLiteral("kind"));
    const QString nameInput = fields.text(QStringLiteral("name"));
    const QString code = fields.optionalText(QStringLiteral("code")).value_or(QString()).trimmed();
    if (!fields.ok())
        return fields.error();
    const std::optional<RegionKind> kind = regionKindFromName(kindText);
    if (!kind || !isGridArea(*kind))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "RegionCommands", "A new region must be a village, a community or a park."));
    auto town = townInScope(context, parentId);
    if (!town)
        return town.error();
    static const QRegularExpression codePattern(QStringLiteral("^[0-9]{12}$"));
    if (!code.isEmpty() && !codePattern.match(code).hasMatch())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("RegionCommands",
                                        "A village or community code has 12 digits (e.g. 320412104200)."));
    auto name = uniqueName(context, parentId, nameInput, 0);
    if (!name)
        return name.error();
    Region region;
    region.parentId = parentId;
    region.kind = *kind;
    region.code = code;
    region.name = name.value();
    auto id = RegionRepository(context.db).insert(region);
    if (!id)
        return id.error();
    return publish(context, id.value());
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
    return publish(context, regionId);
}

} // namespace

void registerRegionCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kRegionCreate), createRegion);
    registry.add(QString::fromLatin1(cmd::kRegionRename), renameRegion);
}

} // namespace gridsafe
