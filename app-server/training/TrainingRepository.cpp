#include "training/TrainingRepository.h"

#include "sql/SqlRunner.h"

#include <QCborArray>
#include <QCborValue>
#include <QSqlQuery>

#include <algorithm>

namespace gridsafe {

Result<std::optional<TrainingSession>> TrainingRepository::session(qint64 id) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT town_id, held_on, hours, topic, trainer, revision, created_at, "
                              "updated_at FROM training_sessions WHERE id = :id"),
               {{QStringLiteral("id"), id}});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<TrainingSession>();
    const QSqlQuery &row = query.value();
    TrainingSession session;
    session.id = id;
    session.townId = row.value(0).toLongLong();
    session.heldOn = row.value(1).toString();
    session.hours = row.value(2).toDouble();
    session.topic = row.value(3).toString();
    session.trainer = row.value(4).toString();
    session.revision = row.value(5).toInt();
    session.createdAt = row.value(6).toString();
    session.updatedAt = row.value(7).toString();
    auto attendees =
        runSql(m_db,
               QStringLiteral("SELECT inspector_id FROM training_attendance WHERE session_id = :id "
                              "ORDER BY inspector_id"),
               {{QStringLiteral("id"), id}});
    if (!attendees)
        return attendees.error();
    while (attendees.value().next())
        session.attendeeIds.append(attendees.value().value(0).toLongLong());
    return std::optional(session);
}

Result<qint64> TrainingRepository::insertSession(const TrainingSession &session)
{
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO training_sessions (town_id, held_on, hours, topic, trainer, "
                              "revision, created_at, updated_at) VALUES (:town, :held, :hours, :topic, "
                              ":trainer, 1, :at, :at)"),
               {{QStringLiteral("town"), session.townId},
                {QStringLiteral("held"), session.heldOn},
                {QStringLiteral("hours"), session.hours},
                {QStringLiteral("topic"), session.topic},
                {QStringLiteral("trainer"), session.trainer},
                {QStringLiteral("at"), session.createdAt}});
    if (!query)
        return query.error();
    const qint64 id = query.value().lastInsertId().toLongLong();
    if (Status attended = writeAttendance(id, session.attendeeIds); !attended)
        return attended.error();
    return id;
}

Status TrainingRepository::updateSession(const TrainingSession &session)
{
    if (Status updated =
            execSql(m_db,
                    QStringLiteral("UPDATE training_sessions SET held_on = :held, hours = :hours, "
                                   "topic = :topic, trainer = :trainer, updated_at = :at, "
                                   "revision = revision + 1 WHERE id = :id"),
                    {{QStringLiteral("id"), session.id},
                     {QStringLiteral("held"), session.heldOn},
                     {QStringLiteral("hours"), session.hours},
                     {QStringLiteral("topic"), session.topic},
                     {QStringLiteral("trainer"), session.trainer},
                     {QStringLiteral("at"), session.updatedAt}});
        !updated)
        return updated;
    if (Status cleared =
            execSql(m_db, QStringLiteral("DELETE FROM training_attendance WHERE session_id = :id"),
                    {{QStringLiteral("id"), session.id}});
        !cleared)
        return cleared;
    return writeAttendance(session.id, session.attendeeIds);
}

Status TrainingRepository::writeAttendance(qint64 sessionId, const QList<qint64> &inspectorIds)
{
    QList<qint64> sorted = inspectorIds;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (qint64 inspector : sorted) {
        if (Status added =
                execSql(m_db,
                        QStringLiteral("INSERT INTO training_attendance (session_id, inspector_id) "
                                       "VALUES (:session, :inspector)"),
                        {{QStringLiteral("session"), sessionId}, {QStringLiteral("inspector"), inspector}});
            !added)
            return added;
    }
    return success();
}

Result<std::optional<ExamResult>> TrainingRepository::exam(qint64 id) const
{
    auto query = runSql(m_db,
                        QStringLiteral("SELECT town_id, inspector_id, taken_on, subject, score, pass_mark, "
                                       "created_at FROM exam_results WHERE id = :id"),
                        {{QStringLiteral("id"), id}});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<ExamResult>();
    const QSqlQuery &row = query.value();
    ExamResult exam;
    exam.id = id;
    exam.townId = row.value(0).toLongLong();
    exam.inspectorId = row.value(1).toLongLong();
    exam.takenOn = row.value(2).toString();
    exam.subject = row.value(3).toString();
    exam.score = row.value(4).toDouble();
    exam.passMark = row.value(5).toDouble();
    exam.createdAt = row.value(6).toString();
    return std::optional(exam);
}

Result<qint64> TrainingRepository::insertExam(const ExamResult &exam)
{
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO exam_results (town_id, inspector_id, taken_on, subject, score, "
                              "pass_mark, created_at) VALUES (:town, :inspector, :taken, :subject, "
                              ":score, :pass, :at)"),
               {{QStringLiteral("town"), exam.townId},
                {QStringLiteral("inspector"), exam.inspectorId},
                {QStringLiteral("taken"), exam.takenOn},
                {QStringLiteral("subject"), exam.subject},
                {QStringLiteral("score"), exam.score},
                {QStringLiteral("pass"), exam.passMark},
                {QStringLiteral("at"), exam.createdAt}});
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Result<QList<Certificate>> TrainingRepository::selectCertificates(const QString &where,
                                                                  const QVariantMap &binds) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT id, town_id, inspector_id, number, issued_on, valid_until, exam_id, "
                              "revoked_on, revoke_reason, created_at FROM certificates ")
                   + where + QStringLiteral(" ORDER BY id"),
               binds);
    if (!query)
        return query.error();
    QList<Certificate> result;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        Certificate certificate;
        certificate.id = row.value(0).toLongLong();
        certificate.townId = row.value(1).toLongLong();
        certificate.inspectorId = row.value(2).toLongLong();
        certificate.number = row.value(3).toString();
        certificate.issuedOn = row.value(4).toString();
        certificate.validUntil = row.value(5).toString();
        certificate.examId = row.value(6).toLongLong();
        certificate.revokedOn = row.value(7).toString();
        certificate.revokeReason = row.value(8).toString();
        certificate.createdAt = row.value(9).toString();
        result.append(certificate);
    }
    return result;
}

Result<std::optional<Certificate>> TrainingRepository::certificate(qint64 id) const
{
    return firstOrNone(selectCertificates(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id}}));
}

Result<QList<Certificate>> TrainingRepository::certificatesOf(qint64 inspectorId) const
{
    return selectCertificates(QStringLiteral("WHERE inspector_id = :inspector"),
                              {{QStringLiteral("inspector"), inspectorId}});
}

Result<QList<Certificate>> TrainingRepository::certificatesInTown(qint64 townId) const
{
    return selectCertificates(QStringLiteral("WHERE town_id = :town"), {{QStringLiteral("town"), townId}});
}

Result<bool> TrainingRepository::certificateNumberTaken(const QString &number) const
{
    auto found = scalarSql(m_db, QStringLiteral("SELECT 1 FROM certificates WHERE number = :number"),
                           {{QStringLiteral("number"), number}});
    if (!found)
        return found.error();
    return found.value().isValid();
}

Result<qint64> TrainingRepository::insertCertificate(const Certificate &certificate)
{
    auto query =
        runSql(m_db,
               QStringLiteral("INSERT INTO certificates (town_id, inspector_id, number, issued_on, "
                              "valid_until, exam_id, created_at) VALUES (:town, :inspector, :number, "
                              ":issued, :until, :exam, :at)"),
               {{QStringLiteral("town"), certificate.townId},
                {QStringLiteral("inspector"), certificate.inspectorId},
                {QStringLiteral("number"), certificate.number},
                {QStringLiteral("issued"), certificate.issuedOn},
                {QStringLiteral("until"), certificate.validUntil},
                {QStringLiteral("exam"), certificate.examId},
                {QStringLiteral("at"), certificate.createdAt}});
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Status TrainingRepository::revokeCertificate(qint64 id, const QString &on, const QString &reason)
{
    return execSql(
        m_db,
        QStringLiteral("UPDATE certificates SET revoked_on = :on, revoke_reason = :reason WHERE id = :id "
                       "AND revoked_on IS NULL"),
        {{QStringLiteral("id"), id},
         {QStringLiteral("on"), on},
         {QStringLiteral("reason"), textValue(reason)}});
}

Result<std::optional<TrainingPlan>> TrainingRepository::selectPlan(const QString &where,
                                                                   const QVariantMap &binds) const
{
    auto query =
        runSql(m_db,
               QStringLiteral("SELECT id, town_id, year, required_hours, items, note, revision, updated_at "
                              "FROM training_plans ")
                   + where,
               binds);
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<TrainingPlan>();
    const QSqlQuery &row = query.value();
    // The items are stored as their replicated form: one reader for both.
    QCborMap payload{{QStringLiteral("id"), row.value(0).toLongLong()},
                     {QStringLiteral("townId"), row.value(1).toLongLong()},
                     {QStringLiteral("year"), row.value(2).toInt()},
                     {QStringLiteral("requiredHours"), row.value(3).toDouble()},
                     {QStringLiteral("items"), QCborValue::fromCbor(row.value(4).toByteArray())},
                     {QStringLiteral("note"), row.value(5).toString()},
                     {QStringLiteral("revision"), row.value(6).toInt()},
                     {QStringLiteral("updatedAt"), row.value(7).toString()}};
    auto plan = TrainingPlan::fromPayload(payload);
    if (!plan)
        return plan.error();
    return std::optional(plan.value());
}

Result<std::optional<TrainingPlan>> TrainingRepository::plan(qint64 townId, int year) const
{
    return selectPlan(QStringLiteral("WHERE town_id = :town AND year = :year"),
                      {{QStringLiteral("town"), townId}, {QStringLiteral("year"), year}});
}

Result<std::optional<TrainingPlan>> TrainingRepository::planById(qint64 id) const
{
    return selectPlan(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id}});
}

Result<qint64> TrainingRepository::savePlan(const TrainingPlan &plan)
{
    const QByteArray items = plan.toPayload().value(QStringLiteral("items")).toCbor();
    if (Status saved =
            execSql(m_db,
                    QStringLiteral("INSERT INTO training_plans (town_id, year, required_hours, items, note, "
                                   "revision, updated_at) VALUES (:town, :year, :hours, :items, :note, 1, "
                                   ":at) ON CONFLICT (town_id, year) DO UPDATE SET required_hours = "
                                   ":hours, items = :items, note = :note, revision = revision + 1, "
                                   "updated_at = :at"),
                    {{QStringLiteral("town"), plan.townId},
                     {QStringLiteral("year"), plan.year},
                     {QStringLiteral("hours"), plan.requiredHours},
                     {QStringLiteral("items"), items},
                     {QStringLiteral("note"), textValue(plan.note)},
                     {QStringLiteral("at"), plan.updatedAt}});
        !saved)
        return saved.error();
    auto id = scalarSql(
        m_db, QStringLiteral("SELECT id FROM training_plans WHERE town_id = :town AND year = :year"),
        {{QStringLiteral("town"), plan.townId}, {QStringLiteral("year"), plan.year}});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

} // namespace gridsafe
