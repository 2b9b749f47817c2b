#pragma once
// Training sessions with their attendance, exam results, certificates and the yearly plans
// (先培训考核、后持证上岗): one repository for the qualification of inspectors.

#include "domain/Certificate.h"
#include "domain/ExamResult.h"
#include "domain/TrainingPlan.h"
#include "domain/TrainingSession.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace gridsafe {

class TrainingRepository
{
public:
    explicit TrainingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::optional<TrainingSession>> session(qint64 id) const;
    Result<qint64> insertSession(const TrainingSession &session);
    // Writes the fields and the attendance and bumps the revision.
    Status updateSession(const TrainingSession &session);

    Result<std::optional<ExamResult>> exam(qint64 id) const;
    Result<qint64> insertExam(const ExamResult &exam);

    Result<std::optional<Certificate>> certificate(qint64 id) const;
    Result<QList<Certificate>> certificatesOf(qint64 inspectorId) const;
    Result<QList<Certificate>> certificatesInTown(qint64 townId) const;
    Result<bool> certificateNumberTaken(const QString &number) const;
    Result<qint64> insertCertificate(const Certificate &certificate);
    Status revokeCertificate(qint64 id, const QString &on, const QString &reason);

    Result<std::optional<TrainingPlan>> plan(qint64 townId, int year) const;
    Result<std::optional<TrainingPlan>> planById(qint64 id) const;
    // Inserts or replaces the town's plan for the year (revision + 1) and returns its id.
    Result<qint64> savePlan(const TrainingPlan &plan);

private:
    Status writeAttendance(qint64 sessionId, const QList<qint64> &inspectorIds);
    Result<QList<Certificate>> selectCertificates(const QString &where, const QVariantMap &binds) const;
    Result<std::optional<TrainingPlan>> selectPlan(const QString &where, const QVariantMap &binds) const;

    QSqlDatabase m_db;
};

} // namespace gridsafe
