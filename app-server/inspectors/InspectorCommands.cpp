#include "inspectors/InspectorCommands.h"

#include "accounts/UserRepository.h"
#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CommandName.h"
#include "domain/EntityName.h"
#include "domain/NameRules.h"
#include "inspectors/InspectorRepository.h"
#include "inspectors/InspectorRules.h"
#include "protocol/FieldReader.h"
#include "regions/RegionRepository.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>

namespace gridsafe {

namespace {

const QString kInspectorEntity = QString::fromLatin1(entity::kInspector);

struct InspectorFields
{
    QString name;
    QString phone;
    QString kind;
    std::optional<qint64> unitRegionId;
    QString unit;
    std::optional<qint64> userId;
    bool active = true;
};

InspectorFields readInspectorFields(FieldReader &fields)
{
    InspectorFields input;
    input.name = fields.text(QStringLiteral("name"));
    input.phone = fields.text(QStringLiteral("phone"));
    input.kind = fields.text(QStringLiteral("kind"));
    input.unitRegionId = fields.optionalInteger(QStringLiteral("unitRegionId"));
    input.unit = fields.optionalText(QStringLiteral("unit")).value_or(QString());
    input.userId = fields.optionalInteger(QStringLiteral("userId"));
    input.active = fields.boolean(QStringLiteral("active"), true);
    return input;
}

// Validates what was typed into `inspector` (whose id and town are set).
Status apply(const CommandContext &context, const InspectorFields &input, Inspector &inspector)
{
    auto name =
        normalizeName(input.name, QCoreApplication::translate("InspectorCommands", "inspector's name"),
                      kMaxPersonNameLength);
    if (!name)
        return name.error();
    auto phone = normalizePhone(input.phone);
    if (!phone)
        return phone.error();
    const std::optional<Inspector::Kind> kind = Inspector::kindFromName(input.kind);
    if (!kind)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("InspectorCommands",
                                                     "Unknown kind of inspector \"%1\": use safetyOfficer, "
                                                     "townStaff or other.")
                             .arg(input.kind));
    auto unit = normalizeOptionalName(input.unit, QCoreApplication::translate("InspectorCommands", "unit"),
                                      kMaxUnitLength);
    if (!unit)
        return unit.error();
    if (input.unitRegionId) {
        auto region = RegionRepository(context.db).find(*input.unitRegionId);
        if (!region)
            return region.error();
        if (!region.value() || region.value()->townId != inspector.townId
            || !isGridArea(region.value()->kind))
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("InspectorCommands",
                                                         "Area %1 is not a village, community or park of "
                                                         "this town.")
                                 .arg(*input.unitRegionId));
    }
    if (input.userId) {
        if (Status linked = checkAccountLink(context, *input.userId, inspector.townId, inspector.id); !linked)
            return linked;
    }
    inspector.name = name.value();
    inspector.phone = phone.value();
    inspector.kind = *kind;
    inspector.unitRegionId = input.unitRegionId;
    inspector.unit = unit.value();
    inspector.userId = input.userId;
    inspector.active = input.active;
    return success();
}

Result<QCborMap> publishInspector(CommandContext &context, qint64 inspectorId)
{
    auto inspector = InspectorRepository(context.db).find(inspectorId);
    if (!inspector)
        return inspector.error();
    if (Status recorded = context.changes.record(kInspectorEntity, inspectorId, inspector.value()->townId,
                                                 inspector.value()->toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = kInspectorEntity;
    context.auditEntityId = inspectorId;
    return QCborMap{{QStringLiteral("inspectorId"), inspectorId},
                    {QStringLiteral("revision"), inspector.value()->revision}};
}

Result<QCborMap> createInspector(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 townId = fields.integer(QStringLiteral("townId"));
    const InspectorFields input = readInspectorFields(fields);
    if (!fields.ok())
        return fields.error();
    if (auto town = townInScope(context, townId); !town)
        return town.error();
    Inspector inspector;
    inspector.townId = townId;
    if (Status valid = apply(context, input, inspector); !valid)
        return valid.error();
    if (Status unique = checkNotRegistered(context, inspector); !unique)
        return unique.error();
    inspector.updatedAt = context.nowText();
    auto id = InspectorRepository(context.db).insert(inspector);
    if (!id)
        return id.error();
    return publishInspector(context, id.value());
}

Result<QCborMap> updateInspector(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 inspectorId = fields.integer(QStringLiteral("inspectorId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const InspectorFields input = readInspectorFields(fields);
    if (!fields.ok())
        return fields.error();
    auto loaded = editableInspector(context, inspectorId, revision);
    if (!loaded)
        return loaded.error();
    Inspector inspector = loaded.value();
    const bool wasActive = inspector.active;
    if (Status valid = apply(context, input, inspector); !valid)
        return valid.error();
    if (Status unique = checkNotRegistered(context, inspector); !unique)
        return unique.error();
    if (wasActive && !inspector.active) {
        if (Status free = checkHoldsNoGrid(context, inspector); !free)
            return free.error();
    }
    inspector.updatedAt = context.nowText();
    if (Status updated = InspectorRepository(context.db).update(inspector); !updated)
        return updated.error();
    return publishInspector(context, inspectorId);
}

} // namespace

void registerInspectorCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kInspectorCreate), createInspector);
    registry.add(QString::fromLatin1(cmd::kInspectorUpdate), updateInspector);
}

} // namespace gridsafe
