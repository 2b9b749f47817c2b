#pragma once
// The rules the server's TrainingCommands applies to training.*, exam.*, certificate.* and
// training.setPlan (docs/PROTOCOL.md §11.7–11.10, §12.4) that are not yet in common/, so the
// dialogs refuse what the server would refuse before anything is sent. The server checks
// again; these belong in common/domain once the server uses them too.

#include "domain/Inspector.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

namespace gridsafe {

inline constexpr int kMaxTrainingTopicLength = 60;                 // training and plan topics, exam subjects
inline constexpr int kMaxTrainerLength = 2 * kMaxPersonNameLength; // 40
inline constexpr double kMaxPlanRequiredHours = 200;
inline constexpr int kMaxCertificateYears = 5;
inline constexpr int kDefaultCertificateYears = 3;
inline constexpr int kExamValidDays = 365; // a certificate rests on an exam of the year before
inline constexpr double kDefaultPassMark = 60;
inline constexpr int kMaxCertificateNumberLength = 32;

// What happened is recorded after it happened: `date` on or before `today` (the day in
// China). `what` names the field ("training date").
Status checkPastDate(const QDate &date, const QDate &today, const QString &what);
// 0.5 to 24 hours in half hours, as attendance sheets count them.
Status checkTrainingHours(double hours);
// Trimmed and folded to upper case, then 3–32 of A–Z, 0–9 and '-', the first a letter or digit.
Result<QString> normalizeCertificateNumber(const QString &input);
// After `issuedOn`, at most kMaxCertificateYears later.
Status checkCertificateValidity(const QDate &issuedOn, const QDate &validUntil);
// The exam a certificate rests on: taken on or before `issuedOn`, at most kExamValidDays before.
Status checkExamSupports(const QDate &takenOn, const QDate &issuedOn);

} // namespace gridsafe
