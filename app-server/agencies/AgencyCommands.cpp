#include "agencies/AgencyCommands.h"

#include "agencies/AgencyRepository.h"
#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/CreditCode.h"
#include "domain/EntityName.h"
#include "domain/Inspector.h"
#include "domain/NameRules.h"
#include "grids/GridRepository.h"
#include "protocol/FieldReader.h"
#include "sync/ChangeFeed.h"

#include <QCborArray>
#include <QCoreApplication>

namespace gridsafe {

namespace {

constexpr int kMaxAgencyNameLength = 60;
constexpr int kMaxGrowthValue = 100000;
constexpr int kMaxContractYears = 5;

struct AgencyInput
{
    QString name;
    QString creditCode;
    bool onCityList = false;
    std::optional<qint64> growthValue;
    QString growthValueOn;
    QString contact;
    QString phone;
};

AgencyInput readAgency(FieldReader &fields)
{
    AgencyInput input;
    input.name = fields.text(QStringLiteral("name"));
    input.creditCode = fields.text(QStringLiteral("creditCode"));
    input.onCityList = fields.boolean(QStringLiteral("onCityList"), false);
    input.growthValue = fields.optionalInteger(QStringLiteral("growthValue"));
    input.growthValueOn = fields.optionalText(QStringLiteral("growthValueOn")).value_or(QString());
    input.contact = fields.optionalText(QStringLiteral("contact")).value_or(QString());
    input.phone = fields.optionalText(QStringLiteral("phone")).value_or(QString());
    return input;
}

Status applyAgency(const CommandContext &context, const AgencyInput &input, Agency &agency)
{
    auto name = normalizeName(input.name, QCoreApplication::translate("AgencyCommands", "agency name"),
                              kMaxAgencyNameLength);
    if (!name)
        return name.error();
    auto code = validateCreditCode(input.creditCode);
    if (!code)
        return code.error();
    auto holder = AgencyRepository(context.db).findByCode(code.value());
    if (!holder)
        return holder.error();
    if (holder.value() && holder.value()->id != agency.id)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("AgencyCommands",
                                                     "An agency with code %1 is already registered: \"%2\".")
                             .arg(code.value(), holder.value()->name));
    agency.growthValue.reset();
    agency.growthValueOn.clear();
    if (input.growthValue) {
        if (*input.growthValue < 0 || *input.growthValue > kMaxGrowthValue)
            return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                     "AgencyCommands", "A growth value is between 0 and %1.")
                                                     .arg(kMaxGrowthValue));
        auto on = checkCivilDate(input.growthValueOn,
                                 QCoreApplication::translate("AgencyCommands", "date of the growth value"));
        if (!on)
            return on.error();
        agency.growthValue = input.growthValue;
        agency.growthValueOn = civilDateText(on.value());
    }
    auto contact = normalizeOptionalName(
        input.contact, QCoreApplication::translate("AgencyCommands", "contact"), kMaxPersonNameLength);
    if (!contact)
        return contact.error();
    QString phone;
    if (!input.phone.trimmed().isEmpty()) {
        auto normalized = normalizePhone(input.phone);
        if (!normalized)
            return normalized.error();
        phone = normalized.value();
    }
    agency.name = name.value();
    agency.creditCode = code.value();
    agency.onCityList = input.onCityList;
    agency.contact = contact.value();
    agency.phone = phone;
    return success();
}

Result<QCborMap> publishAgency(CommandContext &context, qint64 id)
{
    auto agency = AgencyRepository(context.db).find(id);
    if (!agency)
        return agency.error();
    // Agencies are the district's register: every town reads them.
    if (Status recorded = context.changes.record(QString::fromLatin1(entity::kAgency), id, std::nullopt,
                                                 agency.value()->toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = QString::fromLatin1(entity::kAgency);
    context.auditEntityId = id;
    return QCborMap{{QStringLiteral("agencyId"), id}, {QStringLiteral("revision"), agency.value()->revision}};
}

Result<QCborMap> createAgency(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const AgencyInput input = readAgency(fields);
    if (!fields.ok())
        return fields.error();
    Agency agency;
    if (Status valid = applyAgency(context, input, agency); !valid)
        return valid.error();
    agency.createdAt = context.nowText();
    auto id = AgencyRepository(context.db).insert(agency);
    if (!id)
        return id.error();
    return publishAgency(context, id.value());
}

Result<Agency> existingAgency(const CommandContext &context, qint64 agencyId)
{
    auto found = AgencyRepository(context.db).find(agencyId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("AgencyCommands", "Agency %1 does not exist.").arg(agencyId));
    return *found.value();
}

Result<QCborMap> updateAgency(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 agencyId = fields.integer(QStringLiteral("agencyId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const AgencyInput input = readAgency(fields);
    if (!fields.ok())
        return fields.error();
    auto agency = existingAgency(context, agencyId);
    if (!agency)
        return agency.error();
    if (agency->revision != revision)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("AgencyCommands",
                                                     "Agency \"%1\" was changed by someone else after you "
                                                     "opened it. Open it again and apply your change.")
                             .arg(agency->name));
    Agency changed = agency.value();
    if (Status valid = applyAgency(context, input, changed); !valid)
        return valid.error();
    changed.updatedAt = context.nowText();
    if (Status updated = AgencyRepository(context.db).update(changed); !updated)
        return updated.error();
    return publishAgency(context, agencyId);
}

// A period typed as two dates, the second not before the first and at most `maxYears` on.
Result<std::pair<QString, QString>> checkPeriod(const QString &fromInput, const QString &toInput,
                                                int maxYears)
{
    auto from = checkCivilDate(fromInput, QCoreApplication::translate("AgencyCommands", "start date"));
    if (!from)
        return from.error();
    auto to = checkCivilDate(toInput, QCoreApplication::translate("AgencyCommands", "end date"));
    if (!to)
        return to.error();
    if (to.value() < from.value() || to.value() > from->addYears(maxYears))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "AgencyCommands", "The end date must be on or after the start date, and at "
                                               "most %1 years later.")
                             .arg(maxYears));
    return std::pair{civilDateText(from.value()), civilDateText(to.value())};
}

QCborArray overlapList(const QList<CoachingEngagement> &engagements)
{
    QCborArray list;
    for (const CoachingEngagement &engagement : engagements)
        list.append(engagement.toPayload());
    return list;
}

Result<QCborMap> publishContract(CommandContext &context, qint64 id)
{
    auto contract = AgencyRepository(context.db).contract(id);
    if (!contract)
        return contract.error();
    if (Status recorded = context.changes.record(QString::fromLatin1(entity::kContract), id,
                                                 contract.value()->townId, contract.value()->toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = QString::fromLatin1(entity::kContract);
    context.auditEntityId = id;
    // Engagements the agency already had in the town during the contract: listed, not undone.
    auto overlaps = AgencyRepository(context.db)
                        .engagementsOverlapping(contract.value()->agencyId, contract.value()->townId,
                                                contract.value()->startsOn, contract.value()->lastDay());
    if (!overlaps)
        return overlaps.error();
    return QCborMap{{QStringLiteral("contractId"), id},
                    {QStringLiteral("revision"), contract.value()->revision},
                    {QStringLiteral("overlaps"), overlapList(overlaps.value())}};
}

Result<QCborMap> createContract(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 agencyId = fields.integer(QStringLiteral("agencyId"));
    const qint64 townId = fields.integer(QStringLiteral("townId"));
    const QString startsInput = fields.text(QStringLiteral("startsOn"));
    const QString endsInput = fields.text(QStringLiteral("endsOn"));
    const QString scopeInput = fields.text(QStringLiteral("scope"));
    const QList<qint64> gridIds = fields.integerList(QStringLiteral("gridIds"));
    if (!fields.ok())
        return fields.error();
    if (auto town = townInScope(context, townId); !town)
        return town.error();
    auto agency = existingAgency(context, agencyId);
    if (!agency)
        return agency.error();
    if (!agency->onCityList)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("AgencyCommands",
                                                     "\"%1\" is not on the city's list of technical service "
                                                     "agencies: a town hires agencies from the list.")
                             .arg(agency->name));
    auto period = checkPeriod(startsInput, endsInput, kMaxContractYears);
    if (!period)
        return period.error();
    auto scope = normalizeName(scopeInput, QCoreApplication::translate("AgencyCommands", "scope of service"),
                               kMaxRetireReasonLength);
    if (!scope)
        return scope.error();
    if (gridIds.isEmpty())
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "AgencyCommands", "Choose the grids the agency supports."));
    if (gridIds.size() > kMaxContractGrids)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("AgencyCommands", "A contract names at most %1 grids.")
                             .arg(kMaxContractGrids));
    for (qint64 gridId : gridIds) {
        auto grid = GridRepository(context.db).find(gridId);
        if (!grid)
            return grid.error();
        if (!grid.value() || grid.value()->townId != townId || grid.value()->status != Grid::Status::Active)
            return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                     "AgencyCommands", "Grid %1 is not a grid in use in this "
                                                                       "town.")
                                                     .arg(gridId));
    }
    auto clash =
        AgencyRepository(context.db).contractsOverlapping(agencyId, townId, period->first, period->second, 0);
    if (!clash)
        return clash.error();
    if (!clash->isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "AgencyCommands", "\"%1\" already has a contract with this town from %2 to %3.")
                             .arg(agency->name, clash->first().startsOn, clash->first().lastDay()));
    ServiceContract contract;
    contract.agencyId = agencyId;
    contract.townId = townId;
    contract.startsOn = period->first;
    contract.endsOn = period->second;
    contract.scope = scope.value();
    contract.gridIds = gridIds;
    contract.createdAt = context.nowText();
    auto id = AgencyRepository(context.db).insertContract(contract);
    if (!id)
        return id.error();
    return publishContract(context, id.value());
}

Result<QCborMap> terminateContract(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 contractId = fields.integer(QStringLiteral("contractId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const QString onInput = fields.text(QStringLiteral("terminatedOn"));
    const QString reasonInput = fields.text(QStringLiteral("reason"));
    if (!fields.ok())
        return fields.error();
    auto found = AgencyRepository(context.db).contract(contractId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("AgencyCommands", "Contract %1 does not exist.").arg(contractId));
    const ServiceContract &contract = *found.value();
    if (!context.actor.coversTown(contract.townId))
        return outOfScope(context);
    if (contract.revision != revision)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "AgencyCommands", "This contract was changed by someone else after you opened "
                                               "it. Open it again and apply your change."));
    if (!contract.terminatedOn.isEmpty())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate(
                                                  "AgencyCommands", "This contract was already ended on %1.")
                                                  .arg(contract.terminatedOn));
    auto on = checkCivilDate(onInput, QCoreApplication::translate("AgencyCommands", "end date"));
    if (!on)
        return on.error();
    const QString day = civilDateText(on.value());
    if (day < contract.startsOn || day > contract.endsOn)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("AgencyCommands", "A contract is ended within its period (%1 to %2).")
                .arg(contract.startsOn, contract.endsOn));
    auto reason =
        normalizeName(reasonInput, QCoreApplication::translate("AgencyCommands", "reason for ending"),
                      kMaxRetireReasonLength);
    if (!reason)
        return reason.error();
    if (Status ended = AgencyRepository(context.db).terminateContract(contractId, day, reason.value());
        !ended)
        return ended.error();
    return publishContract(context, contractId);
}

Result<QCborMap> createEngagement(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 agencyId = fields.integer(QStringLiteral("agencyId"));
    const qint64 townId = fields.integer(QStringLiteral("townId"));
    const QString nameInput = fields.text(QStringLiteral("enterpriseName"));
    const QString codeInput = fields.text(QStringLiteral("enterpriseCode"));
    const QString startsInput = fields.text(QStringLiteral("startsOn"));
    const QString endsInput = fields.text(QStringLiteral("endsOn"));
    const QString noteInput = fields.optionalText(QStringLiteral("note")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    if (auto town = townInScope(context, townId); !town)
        return town.error();
    auto agency = existingAgency(context, agencyId);
    if (!agency)
        return agency.error();
    auto name = normalizeName(nameInput, QCoreApplication::translate("AgencyCommands", "enterprise name"),
                              kMaxAgencyNameLength);
    if (!name)
        return name.error();
    auto code = validateCreditCode(codeInput);
    if (!code)
        return code.error();
    auto period = checkPeriod(startsInput, endsInput, kMaxContractYears);
    if (!period)
        return period.error();
    auto note = normalizeOptionalName(noteInput, QCoreApplication::translate("AgencyCommands", "note"),
                                      kMaxRetireReasonLength);
    if (!note)
        return note.error();
    // The exclusivity rule.
    auto contracts =
        AgencyRepository(context.db).contractsOverlapping(agencyId, townId, period->first, period->second, 0);
    if (!contracts)
        return contracts.error();
    if (!contracts->isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "AgencyCommands", "\"%1\" serves this town under a contract from %2 to %3. "
                                               "While it does, it may not also coach the town's "
                                               "enterprises on its own account.")
                             .arg(agency->name, contracts->first().startsOn, contracts->first().lastDay()));
    CoachingEngagement engagement;
    engagement.agencyId = agencyId;
    engagement.townId = townId;
    engagement.enterpriseName = name.value();
    engagement.enterpriseCode = code.value();
    engagement.startsOn = period->first;
    engagement.endsOn = period->second;
    engagement.note = note.value();
    engagement.createdAt = context.nowText();
    auto id = AgencyRepository(context.db).insertEngagement(engagement);
    if (!id)
        return id.error();
    engagement.id = id.value();
    if (Status recorded = context.changes.record(QString::fromLatin1(entity::kEngagement), engagement.id,
                                                 townId, engagement.toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = QString::fromLatin1(entity::kEngagement);
    context.auditEntityId = engagement.id;
    return QCborMap{{QStringLiteral("engagementId"), engagement.id}};
}

} // namespace

void registerAgencyCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kAgencyCreate), createAgency);
    registry.add(QString::fromLatin1(cmd::kAgencyUpdate), updateAgency);
    registry.add(QString::fromLatin1(cmd::kContractCreate), createContract);
    registry.add(QString::fromLatin1(cmd::kContractTerminate), terminateContract);
    registry.add(QString::fromLatin1(cmd::kEngagementCreate), createEngagement);
}

} // namespace gridsafe
