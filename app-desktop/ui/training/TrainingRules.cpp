#include "ui/training/TrainingRules.h"

#include "domain/CivilDate.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace gridsafe {

Status checkPastDate(const QDate &date, const QDate &today, const QString &what)
{
    if (!date.isValid() || date.year() < 1990 || date.year() > 2199)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("TrainingRules", "Choose the %1.").arg(what));
    if (date > today)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "TrainingRules", "The %1 %2 is in the future: record it once it has happened.")
                             .arg(what, civilDateText(date)));
    return success();
}

Status checkTrainingHours(double hours)
{
    if (!(hours > 0 && hours <= 24) || std::fmod(hours * 2, 1.0) != 0)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate(
                "TrainingRules", "Training hours must be between 0.5 and 24, in half hours; %1 is not.")
                .arg(hours));
    return success();
}

Result<QString> normalizeCertificateNumber(const QString &input)
{
    static const QRegularExpression kNumber(QStringLiteral("^[A-Z0-9][A-Z0-9-]{2,31}$"));
    const QString number = input.trimmed().toUpper();
    if (!kNumber.match(number).hasMatch())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("TrainingRules",
                                                     "A certificate number has 3–32 letters, digits and "
                                                     "hyphens; \"%1\" does not.")
                             .arg(input.trimmed()));
    return number;
}

Status checkCertificateValidity(const QDate &issuedOn, const QDate &validUntil)
{
    const QDate latest = issuedOn.addYears(kMaxCertificateYears);
    if (validUntil <= issuedOn || validUntil > latest)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("TrainingRules",
                                                     "A certificate is valid for up to %1 years after it is "
                                                     "issued: choose an expiry date after %2 and no later "
                                                     "than %3.")
                             .arg(kMaxCertificateYears)
                             .arg(civilDateText(issuedOn), civilDateText(latest)));
    return success();
}

Status checkExamSupports(const QDate &takenOn, const QDate &issuedOn)
{
    if (takenOn > issuedOn || takenOn.daysTo(issuedOn) > kExamValidDays)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("TrainingRules",
                                                     "The exam of %1 cannot support a certificate issued on "
                                                     "%2: it must be passed within the year before.")
                             .arg(civilDateText(takenOn), civilDateText(issuedOn)));
    return success();
}

} // namespace gridsafe
