#include "filings/FilingCommands.h"

#include "accounts/UserRepository.h"
#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/EntityName.h"
#include "domain/NameRules.h"
#include "filings/FilingRepository.h"
#include "filings/TownDivisionLoader.h"
#include "protocol/FieldReader.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>

namespace gridsafe {

namespace {

constexpr int kGapsNamed = 5; // in a refusal; the checklist shows them all

// Who submitted or decided, as the filing form prints it.
QString actorName(const CommandContext &context)
{
    auto user = UserRepository(context.db).findById(context.actor.userId);
    if (user && user.value() && !user.value()->displayName.isEmpty())
        return user.value()->displayName;
    return context.actor.username;
}

Result<QCborMap> publishFiling(CommandContext &context, qint64 filingId)
{
    auto filing = FilingRepository(context.db).find(filingId);
    if (!filing)
        return filing.error();
    if (Status recorded = context.changes.record(QString::fromLatin1(entity::kFiling), filingId,
                                                 filing.value()->townId, filing.value()->toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = QString::fromLatin1(entity::kFiling);
    context.auditEntityId = filingId;
    return QCborMap{{QStringLiteral("filingId"), filingId},
                    {QStringLiteral("number"), filing.value()->number},
                    {QStringLiteral("revision"), filing.value()->revision}};
}

Result<QCborMap> submitFiling(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 townId = fields.integer(QStringLiteral("townId"));
    const qint64 seenRevision = fields.integer(QStringLiteral("divisionRevision"));
    const QString noteInput = fields.optionalText(QStringLiteral("note")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    auto town = townInScope(context, townId);
    if (!town)
        return town.error();
    auto division = TownDivisionLoader(context.db).load(town.value());
    if (!division)
        return division.error();
    const int revision = division->division ? division->division->revision : 0;
    // What the user looked at is what gets filed.
    if (seenRevision != revision)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "FilingCommands", "The division of %1 changed after you opened it. Look at it "
                                               "again, then submit.")
                             .arg(town->name));
    const QString today = context.todayText();
    QStringList problems;
    int count = 0;
    for (const CoverageGap &gap : findCoverageGaps(division.value(), today)) {
        if (gap.isFilingGap())
            continue;
        if (++count <= kGapsNamed)
            problems.append(describeCoverageGap(gap));
    }
    if (count > 0)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate(
                                                 "FilingCommands",
                                                 "The division is not complete yet (%n gap(s)): %1. Close "
                                                 "the gaps, then submit.",
                                                 nullptr, count)
                                                 .arg(problems.join(QStringLiteral("; "))));
    // Only a complete division is compared with the last filing: a filed town whose
    // division has a gap now hears of the gap, not that nothing changed.
    const std::optional<Filing> &latest = division->latestFiling;
    if (latest && latest->divisionRevision == revision
        && (latest->status == QLatin1String(Filing::kSubmitted)
            || latest->status == QLatin1String(Filing::kFiled)))
        return makeError(ErrorCode::Conflict,
                         latest->status == QLatin1String(Filing::kFiled)
                             ? QCoreApplication::translate(
                                   "FilingCommands", "This division is already filed (No. %1); nothing has "
                                                     "changed since.")
                                   .arg(latest->number)
                             : QCoreApplication::translate(
                                   "FilingCommands", "This division was submitted as No. %1 and waits for "
                                                     "the district's decision.")
                                   .arg(latest->number));
    auto note = normalizeOptionalName(noteInput, QCoreApplication::translate("FilingCommands", "note"),
                                      kMaxRetireReasonLength);
    if (!note)
        return note.error();
    FilingRepository filings(context.db);
    // An older submission of another revision, still undecided, gives way to this one.
    if (latest && latest->status == QLatin1String(Filing::kSubmitted)) {
        if (Status withdrawn = filings.decide(latest->id, QString::fromLatin1(Filing::kWithdrawn),
                                              actorName(context), context.nowText(), QString());
            !withdrawn)
            return withdrawn.error();
        if (auto published = publishFiling(context, latest->id); !published)
            return published.error();
    }
    Filing filing;
    filing.townId = townId;
    filing.divisionRevision = revision;
    filing.snapshot = TownDivisionLoader::snapshot(division.value(), today, context.nowText());
    filing.note = note.value();
    filing.submittedBy = actorName(context);
    filing.submittedAt = context.nowText();
    auto id = filings.insert(filing);
    if (!id)
        return id.error();
    return publishFiling(context, id.value());
}

Result<QCborMap> decideFiling(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 filingId = fields.integer(QStringLiteral("filingId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const QString decision = fields.text(QStringLiteral("decision"));
    const QString reasonInput = fields.optionalText(QStringLiteral("reason")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    auto found = FilingRepository(context.db).find(filingId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("FilingCommands", "Filing %1 does not exist.").arg(filingId));
    const Filing &filing = *found.value();
    if (!context.actor.coversTown(filing.townId))
        return outOfScope(context);
    if (filing.status != QLatin1String(Filing::kSubmitted) || filing.revision != revision)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("FilingCommands",
                                                     "Filing No. %1 has already been decided or withdrawn.")
                             .arg(filing.number));
    const bool file = decision == QLatin1String("file");
    if (!file && decision != QLatin1String("return"))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("FilingCommands", "Unknown decision \"%1\": use file or return.")
                .arg(decision));
    // Returning needs a reason; filing may carry a remark.
    const QString what = QCoreApplication::translate("FilingCommands", "reason for returning");
    auto reason = file ? normalizeOptionalName(reasonInput, what, kMaxRetireReasonLength)
                       : normalizeName(reasonInput, what, kMaxRetireReasonLength);
    if (!reason)
        return reason.error();
    if (Status decided = FilingRepository(context.db)
                             .decide(filingId, QString::fromLatin1(file ? Filing::kFiled : Filing::kReturned),
                                     actorName(context), context.nowText(), reason.value());
        !decided)
        return decided.error();
    return publishFiling(context, filingId);
}

} // namespace

void registerFilingCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kFilingSubmit), submitFiling);
    registry.add(QString::fromLatin1(cmd::kFilingDecide), decideFiling);
}

} // namespace gridsafe
