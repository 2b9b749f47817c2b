#include "training/TrainingCommands.h"

#include "commands/CommandRegistry.h"
#include "commands/ScopeChecks.h"
#include "domain/CivilDate.h"
#include "domain/CommandName.h"
#include "domain/EntityName.h"
#include "domain/NameRules.h"
#include "inspectors/InspectorRules.h"
#include "protocol/FieldReader.h"
#include "sync/ChangeFeed.h"
#include "training/TrainingRepository.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace gridsafe {

namespace {

constexpr int kMaxTopicLength = 60;
constexpr int kMaxCertificateYears = 5;
constexpr int kExamValidDays = 365; // a certificate rests on an exam of the last year

// A date on or before today (what happened is recorded after it happened).
Result<QDate> pastDate(const CommandContext &context, const QString &input, const QString &what)
{
    auto date = checkCivilDate(input, what);
    if (!date)
        return date;
    if (date.value() > chinaDate(context.clock.now()))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("TrainingCommands",
                                        "The %1 %2 is in the future: record it once it has happened.")
                .arg(what, civilDateText(date.value())));
    return date;
}

Result<double> checkHours(double hours)
{
    // Half hours, as attendance sheets count them.
    if (!(hours > 0 && hours <= 24) || std::fmod(hours * 2, 1.0) != 0)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate(
                "TrainingCommands", "Training hours must be between 0.5 and 24, in half hours; %1 is not.")
                .arg(hours));
    return hours;
}

Status checkAttendees(const CommandContext &context, qint64 townId, const QList<qint64> &attendeeIds)
{
    if (attendeeIds.isEmpty())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("TrainingCommands", "Tick at least one inspector who attended."));
    if (attendeeIds.size() > kMaxTrainingAttendees)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("TrainingCommands", "A training records at most %1 attendees.")
                .arg(kMaxTrainingAttendees));
    for (qint64 id : attendeeIds) {
        auto inspector = inspectorInScope(context, id);
        if (!inspector)
            return inspector.error();
        if (inspector->townId != townId)
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("TrainingCommands", "%1 is an inspector of another town.")
                    .arg(inspector->name));
    }
    return success();
}

struct SessionInput
{
    QString heldOn;
    double hours = 0;
    QString topic;
    QString trainer;
    QList<qint64> attendeeIds;
};

SessionInput readSession(FieldReader &fields)
{
    SessionInput input;
    input.heldOn = fields.text(QStringLiteral("heldOn"));
    input.hours = fields.number(QStringLiteral("hours"));
    input.topic = fields.text(QStringLiteral("topic"));
    input.trainer = fields.text(QStringLiteral("trainer"));
    input.attendeeIds = fields.integerList(QStringLiteral("attendeeIds"));
    return input;
}

Status applySession(const CommandContext &context, const SessionInput &input, TrainingSession &session)
{
    auto heldOn =
        pastDate(context, input.heldOn, QCoreApplication::translate("TrainingCommands", "training date"));
    if (!heldOn)
        return heldOn.error();
    auto hours = checkHours(input.hours);
    if (!hours)
        return hours.error();
    auto topic = normalizeName(input.topic, QCoreApplication::translate("TrainingCommands", "training topic"),
                               kMaxTopicLength);
    if (!topic)
        return topic.error();
    auto trainer = normalizeName(input.trainer, QCoreApplication::translate("TrainingCommands", "trainer"),
                                 kMaxPersonNameLength * 2);
    if (!trainer)
        return trainer.error();
    if (Status attendees = checkAttendees(context, session.townId, input.attendeeIds); !attendees)
        return attendees;
    session.heldOn = civilDateText(heldOn.value());
    session.hours = hours.value();
    session.topic = topic.value();
    session.trainer = trainer.value();
    session.attendeeIds = input.attendeeIds;
    return success();
}

Result<QCborMap> publishSession(CommandContext &context, qint64 id)
{
    auto session = TrainingRepository(context.db).session(id);
    if (!session)
        return session.error();
    if (Status recorded = context.changes.record(QString::fromLatin1(entity::kTraining), id,
                                                 session.value()->townId, session.value()->toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = QString::fromLatin1(entity::kTraining);
    context.auditEntityId = id;
    return QCborMap{{QStringLiteral("trainingId"), id},
                    {QStringLiteral("revision"), session.value()->revision}};
}

Result<QCborMap> recordTraining(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 townId = fields.integer(QStringLiteral("townId"));
    const SessionInput input = readSession(fields);
    if (!fields.ok())
        return fields.error();
    if (auto town = townInScope(context, townId); !town)
        return town.error();
    TrainingSession session;
    session.townId = townId;
    if (Status valid = applySession(context, input, session); !valid)
        return valid.error();
    session.createdAt = context.nowText();
    auto id = TrainingRepository(context.db).insertSession(session);
    if (!id)
        return id.error();
    return publishSession(context, id.value());
}

Result<QCborMap> updateTraining(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 trainingId = fields.integer(QStringLiteral("trainingId"));
    const qint64 revision = fields.integer(QStringLiteral("revision"));
    const SessionInput input = readSession(fields);
    if (!fields.ok())
        return fields.error();
    auto found = TrainingRepository(context.db).session(trainingId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("TrainingCommands", "Training %1 does not exist.").arg(trainingId));
    TrainingSession session = *found.value();
    if (!context.actor.coversTown(session.townId))
        return outOfScope(context);
    if (session.revision != revision)
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("TrainingCommands",
                                        "This training was changed by someone else after you opened it. "
                                        "Open it again and apply your change."));
    if (Status valid = applySession(context, input, session); !valid)
        return valid.error();
    session.updatedAt = context.nowText();
    if (Status updated = TrainingRepository(context.db).updateSession(session); !updated)
        return updated.error();
    return publishSession(context, trainingId);
}

Result<QCborMap> recordExam(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 inspectorId = fields.integer(QStringLiteral("inspectorId"));
    const QString takenOnInput = fields.text(QStringLiteral("takenOn"));
    const QString subjectInput = fields.text(QStringLiteral("subject"));
    const double score = fields.number(QStringLiteral("score"));
    const double passMark = fields.number(QStringLiteral("passMark"));
    if (!fields.ok())
        return fields.error();
    auto inspector = inspectorInScope(context, inspectorId);
    if (!inspector)
        return inspector.error();
    auto takenOn =
        pastDate(context, takenOnInput, QCoreApplication::translate("TrainingCommands", "exam date"));
    if (!takenOn)
        return takenOn.error();
    auto subject = normalizeName(
        subjectInput, QCoreApplication::translate("TrainingCommands", "exam subject"), kMaxTopicLength);
    if (!subject)
        return subject.error();
    if (!(passMark > 0 && passMark <= 100))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("TrainingCommands",
                                                     "The pass mark must be above 0 and at most 100."));
    if (!(score >= 0 && score <= 100))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("TrainingCommands", "The score must be between 0 and 100; %1 is not.")
                .arg(score));
    ExamResult exam;
    exam.townId = inspector->townId;
    exam.inspectorId = inspectorId;
    exam.takenOn = civilDateText(takenOn.value());
    exam.subject = subject.value();
    exam.score = score;
    exam.passMark = passMark;
    exam.createdAt = context.nowText();
    auto id = TrainingRepository(context.db).insertExam(exam);
    if (!id)
        return id.error();
    exam.id = id.value();
    if (Status recorded = context.changes.record(QString::fromLatin1(entity::kExam), exam.id, exam.townId,
                                                 exam.toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = QString::fromLatin1(entity::kExam);
    context.auditEntityId = exam.id;
    return QCborMap{{QStringLiteral("examId"), exam.id}, {QStringLiteral("passed"), exam.passed()}};
}

Result<QCborMap> publishCertificate(CommandContext &context, qint64 id)
{
    auto certificate = TrainingRepository(context.db).certificate(id);
    if (!certificate)
        return certificate.error();
    if (Status recorded =
            context.changes.record(QString::fromLatin1(entity::kCertificate), id, certificate.value()->townId,
                                   certificate.value()->toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = QString::fromLatin1(entity::kCertificate);
    context.auditEntityId = id;
    return QCborMap{{QStringLiteral("certificateId"), id}};
}

Result<QCborMap> issueCertificate(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 inspectorId = fields.integer(QStringLiteral("inspectorId"));
    const qint64 examId = fields.integer(QStringLiteral("examId"));
    const QString numberInput = fields.text(QStringLiteral("number"));
    const QString issuedInput = fields.text(QStringLiteral("issuedOn"));
    const QString untilInput = fields.text(QStringLiteral("validUntil"));
    if (!fields.ok())
        return fields.error();
    auto inspector = inspectorInScope(context, inspectorId);
    if (!inspector)
        return inspector.error();
    const QString number = numberInput.trimmed().toUpper();
    static const QRegularExpression kNumber(QStringLiteral("^[A-Z0-9][A-Z0-9-]{2,31}$"));
    if (!kNumber.match(number).hasMatch())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "TrainingCommands", "A certificate number has 3–32 letters, digits and hyphens; "
                                                 "\"%1\" does not.")
                             .arg(numberInput.trimmed()));
    auto taken = TrainingRepository(context.db).certificateNumberTaken(number);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("TrainingCommands", "Certificate number %1 has already been issued.")
                .arg(number));
    auto issuedOn =
        pastDate(context, issuedInput, QCoreApplication::translate("TrainingCommands", "issue date"));
    if (!issuedOn)
        return issuedOn.error();
    auto validUntil =
        checkCivilDate(untilInput, QCoreApplication::translate("TrainingCommands", "expiry date"));
    if (!validUntil)
        return validUntil.error();
    if (validUntil.value() <= issuedOn.value()
        || validUntil.value() > issuedOn->addYears(kMaxCertificateYears))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("TrainingCommands",
                                        "A certificate is valid for up to %1 years after it is issued: "
                                        "choose an expiry date after %2 and no later than %3.")
                .arg(kMaxCertificateYears)
                .arg(civilDateText(issuedOn.value()),
                     civilDateText(issuedOn->addYears(kMaxCertificateYears))));
    // 先考核、后持证: the certificate rests on this inspector's passed exam of the last year.
    auto exam = TrainingRepository(context.db).exam(examId);
    if (!exam)
        return exam.error();
    if (!exam.value() || exam.value()->inspectorId != inspectorId)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("TrainingCommands", "Exam %1 is not one of %2's exams.")
                             .arg(examId)
                             .arg(inspector->name));
    if (!exam.value()->passed())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate(
                "TrainingCommands",
                "%1 did not pass that exam (%2 of %3 needed): a certificate needs a passed exam.")
                .arg(inspector->name)
                .arg(exam.value()->score)
                .arg(exam.value()->passMark));
    const QDate examDate = parseCivilDate(exam.value()->takenOn).value_or(QDate());
    if (examDate > issuedOn.value() || examDate.daysTo(issuedOn.value()) > kExamValidDays)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("TrainingCommands",
                                        "The exam of %1 cannot support a certificate issued on %2: it must "
                                        "be passed within the year before.")
                .arg(exam.value()->takenOn, civilDateText(issuedOn.value())));
    Certificate certificate;
    certificate.townId = inspector->townId;
    certificate.inspectorId = inspectorId;
    certificate.number = number;
    certificate.issuedOn = civilDateText(issuedOn.value());
    certificate.validUntil = civilDateText(validUntil.value());
    certificate.examId = examId;
    certificate.createdAt = context.nowText();
    auto id = TrainingRepository(context.db).insertCertificate(certificate);
    if (!id)
        return id.error();
    return publishCertificate(context, id.value());
}

Result<QCborMap> revokeCertificate(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 certificateId = fields.integer(QStringLiteral("certificateId"));
    const QString reasonInput = fields.text(QStringLiteral("reason"));
    if (!fields.ok())
        return fields.error();
    auto found = TrainingRepository(context.db).certificate(certificateId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("TrainingCommands", "Certificate %1 does not exist.")
                             .arg(certificateId));
    if (!context.actor.coversTown(found.value()->townId))
        return outOfScope(context);
    if (!found.value()->revokedOn.isEmpty())
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("TrainingCommands", "Certificate %1 was already revoked on %2.")
                .arg(found.value()->number, found.value()->revokedOn));
    auto reason =
        normalizeName(reasonInput, QCoreApplication::translate("TrainingCommands", "reason for revoking"),
                      kMaxRetireReasonLength);
    if (!reason)
        return reason.error();
    if (Status revoked = TrainingRepository(context.db)
                             .revokeCertificate(certificateId, context.todayText(), reason.value());
        !revoked)
        return revoked.error();
    return publishCertificate(context, certificateId);
}

Result<QCborMap> setPlan(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 townId = fields.integer(QStringLiteral("townId"));
    const qint64 year = fields.integer(QStringLiteral("year"));
    const qint64 revision = fields.integer(QStringLiteral("revision")); // 0 for a new plan
    const double requiredHours = fields.number(QStringLiteral("requiredHours"));
    const QCborArray items = fields.array(QStringLiteral("items"));
    const QString noteInput = fields.optionalText(QStringLiteral("note")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    if (auto town = townInScope(context, townId); !town)
        return town.error();
    const int thisYear = chinaDate(context.clock.now()).year();
    if (year < thisYear - 1 || year > thisYear + 1)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("TrainingCommands",
                                        "A training plan is made for last year, this year or next year "
                                        "(%1–%2), not %3.")
                .arg(thisYear - 1)
                .arg(thisYear + 1)
                .arg(year));
    auto existing = TrainingRepository(context.db).plan(townId, year);
    if (!existing)
        return existing.error();
    const qint64 current = existing.value() ? existing.value()->revision : 0;
    if (current != revision)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "TrainingCommands", "The %1 training plan was changed by someone else after you "
                                                 "opened it. Open it again and apply your change.")
                             .arg(year));
    if (!(requiredHours >= 0 && requiredHours <= 200))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "TrainingCommands", "Required hours per inspector must be between 0 and 200."));
    if (items.size() > kMaxTrainingPlanItems)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("TrainingCommands", "A plan holds at most %1 sessions.")
                             .arg(kMaxTrainingPlanItems));
    TrainingPlan plan;
    plan.townId = townId;
    plan.year = int(year); // checked against this year above
    plan.requiredHours = requiredHours;
    for (const QCborValue &value : items) {
        FieldReader item(value.toMap(), QStringLiteral("args.items"));
        TrainingPlan::Item entry;
        const qint64 month = item.integer(QStringLiteral("month"));
        const QString topic = item.text(QStringLiteral("topic"));
        entry.hours = item.number(QStringLiteral("hours"));
        if (!value.isMap())
            return makeError(ErrorCode::BadMessage, QStringLiteral("args.items: each item must be a map"));
        if (!item.ok())
            return item.error();
        // Checked before narrowing: 2^32 + 3 is no month.
        if (month < 1 || month > 12)
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("TrainingCommands", "Month %1 is not a month of the year.")
                    .arg(month));
        entry.month = int(month);
        auto normalized = normalizeName(
            topic, QCoreApplication::translate("TrainingCommands", "training topic"), kMaxTopicLength);
        if (!normalized)
            return normalized.error();
        entry.topic = normalized.value();
        auto hours = checkHours(entry.hours);
        if (!hours)
            return hours.error();
        plan.items.append(entry);
    }
    auto note = normalizeOptionalName(noteInput, QCoreApplication::translate("TrainingCommands", "note"),
                                      kMaxRetireReasonLength);
    if (!note)
        return note.error();
    plan.note = note.value();
    plan.updatedAt = context.nowText();
    auto id = TrainingRepository(context.db).savePlan(plan);
    if (!id)
        return id.error();
    auto stored = TrainingRepository(context.db).planById(id.value());
    if (!stored)
        return stored.error();
    if (Status recorded = context.changes.record(QString::fromLatin1(entity::kTrainingPlan), id.value(),
                                                 townId, stored.value()->toPayload());
        !recorded)
        return recorded.error();
    context.auditEntity = QString::fromLatin1(entity::kTrainingPlan);
    context.auditEntityId = id.value();
    return QCborMap{{QStringLiteral("planId"), id.value()},
                    {QStringLiteral("revision"), stored.value()->revision}};
}

} // namespace

void registerTrainingCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kTrainingRecord), recordTraining);
    registry.add(QString::fromLatin1(cmd::kTrainingUpdate), updateTraining);
    registry.add(QString::fromLatin1(cmd::kExamRecord), recordExam);
    registry.add(QString::fromLatin1(cmd::kCertificateIssue), issueCertificate);
    registry.add(QString::fromLatin1(cmd::kCertificateRevoke), revokeCertificate);
    registry.add(QString::fromLatin1(cmd::kTrainingSetPlan), setPlan);
}

} // namespace gridsafe
