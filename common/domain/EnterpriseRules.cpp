#include "domain/EnterpriseRules.h"

#include "domain/CivilDate.h"
#include "domain/CreditCode.h"
#include "domain/Inspector.h"
#include "domain/NameRules.h"

#include <QCoreApplication>

#include <cmath>

namespace gridsafe {

namespace {

// Keeps a normalised text, or notes the problem and leaves the field as typed.
void apply(QList<FieldProblem> &problems, const QString &field, QString &value,
           const Result<QString> &normalized)
{
    if (normalized)
        value = normalized.value();
    else
        problems.append({field, normalized.error().message});
}

} // namespace

QList<FieldProblem> normalizeEnterprise(Enterprise &e)
{
    QList<FieldProblem> problems;
    apply(problems, QStringLiteral("creditCode"), e.creditCode, validateCreditCode(e.creditCode));
    apply(problems, QStringLiteral("name"), e.name,
          normalizeName(e.name, QCoreApplication::translate("EnterpriseRules", "enterprise name"),
                        kMaxEnterpriseNameLength));
    apply(problems, QStringLiteral("address"), e.address,
          normalizeOptionalName(e.address, QCoreApplication::translate("EnterpriseRules", "address"),
                                kMaxEnterpriseAddressLength));
    if (!e.industry.isEmpty() && !isIndustryKey(e.industry))
        problems.append(
            {QStringLiteral("industry"),
             QCoreApplication::translate(
                 "EnterpriseRules",
                 "\"%1\" is not an industry division of GB/T 4754 this register knows (e.g. C34).")
                 .arg(e.industry.left(40))});
    QStringList flags;
    for (const QString &flag : std::as_const(e.focusFlags)) {
        const QString word = flag.simplified();
        if (word.isEmpty() || flags.contains(word))
            continue;
        if (word.size() > kMaxFocusFlagLength) {
            problems.append({QStringLiteral("focusFlags"),
                             QCoreApplication::translate(
                                 "EnterpriseRules", "A focus flag may have at most %1 characters: \"%2…\".")
                                 .arg(kMaxFocusFlagLength)
                                 .arg(word.left(kMaxFocusFlagLength))});
            continue;
        }
        flags.append(word);
    }
    if (flags.size() > kMaxFocusFlags)
        problems.append(
            {QStringLiteral("focusFlags"),
             QCoreApplication::translate("EnterpriseRules", "At most %1 focus flags.").arg(kMaxFocusFlags)});
    e.focusFlags = flags;
    if (e.employees && (*e.employees < 0 || *e.employees > kMaxEmployees))
        problems.append({QStringLiteral("employees"),
                         QCoreApplication::translate("EnterpriseRules",
                                                     "The number of employees must be between 0 and %1.")
                             .arg(kMaxEmployees)});
    apply(problems, QStringLiteral("legalRepresentative"), e.legalRepresentative,
          normalizeOptionalName(e.legalRepresentative,
                                QCoreApplication::translate("EnterpriseRules", "legal representative"),
                                kMaxPersonNameLength));
    apply(problems, QStringLiteral("safetyContact"), e.safetyContact,
          normalizeOptionalName(e.safetyContact,
                                QCoreApplication::translate("EnterpriseRules", "safety contact"),
                                kMaxPersonNameLength));
    if (!e.safetyPhone.trimmed().isEmpty())
        apply(problems, QStringLiteral("safetyPhone"), e.safetyPhone, normalizePhone(e.safetyPhone));
    else
        e.safetyPhone.clear();
    if (e.longitude.has_value() != e.latitude.has_value())
        problems.append({QStringLiteral("longitude"),
                         QCoreApplication::translate("EnterpriseRules",
                                                     "Give both longitude and latitude, or neither.")});
    else if (e.longitude
             && (!std::isfinite(*e.longitude) || !std::isfinite(*e.latitude) || *e.longitude < 73.0
                 || *e.longitude > 136.0 || *e.latitude < 3.0 || *e.latitude > 54.0))
        problems.append(
            {QStringLiteral("longitude"),
             QCoreApplication::translate(
                 "EnterpriseRules", "The location (%1, %2) is not in China: longitude 73–136, latitude 3–54.")
                 .arg(*e.longitude)
                 .arg(*e.latitude)});
    apply(problems, QStringLiteral("directReason"), e.directReason,
          normalizeOptionalName(
              e.directReason, QCoreApplication::translate("EnterpriseRules", "reason for direct supervision"),
              kMaxDirectReasonLength));
    if (e.gridId && !e.directReason.isEmpty())
        problems.append(
            {QStringLiteral("directReason"),
             QCoreApplication::translate(
                 "EnterpriseRules",
                 "An enterprise is either in a grid or supervised directly by the town, not both.")});
    if (e.risk && !parseCivilDate(e.risk->reportedOn))
        problems.append({QStringLiteral("risk"),
                         QCoreApplication::translate("EnterpriseRules",
                                                     "The risk report date must be a date (yyyy-MM-dd).")});
    return problems;
}

QList<FieldChange> enterpriseChanges(const Enterprise &before, const Enterprise &after)
{
    static const QStringList tracked{QStringLiteral("creditCode"),
                                     QStringLiteral("name"),
                                     QStringLiteral("address"),
                                     QStringLiteral("townId"),
                                     QStringLiteral("villageId"),
                                     QStringLiteral("industry"),
                                     QStringLiteral("sector"),
                                     QStringLiteral("focusFlags"),
                                     QStringLiteral("scale"),
                                     QStringLiteral("employees"),
                                     QStringLiteral("legalRepresentative"),
                                     QStringLiteral("safetyContact"),
                                     QStringLiteral("safetyPhone"),
                                     QStringLiteral("status"),
                                     QStringLiteral("longitude"),
                                     QStringLiteral("latitude"),
                                     QStringLiteral("gridId"),
                                     QStringLiteral("directReason")};
    const QCborMap old = before.toPayload();
    const QCborMap now = after.toPayload();
    QList<FieldChange> changes;
    for (const QString &field : tracked) {
        const QCborValue a = old.value(field);
        const QCborValue b = now.value(field);
        if (a != b)
            changes.append({field, a, b});
    }
    return changes;
}

QString enterpriseFieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("creditCode"), QT_TRANSLATE_NOOP("EnterpriseRules", "Unified social credit code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("EnterpriseRules", "Name")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("EnterpriseRules", "Address")},
        {QStringLiteral("townId"), QT_TRANSLATE_NOOP("EnterpriseRules", "Town")},
        {QStringLiteral("villageId"), QT_TRANSLATE_NOOP("EnterpriseRules", "Village or community")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("EnterpriseRules", "Industry")},
        {QStringLiteral("sector"), QT_TRANSLATE_NOOP("EnterpriseRules", "Key sector")},
        {QStringLiteral("focusFlags"), QT_TRANSLATE_NOOP("EnterpriseRules", "Focus flags")},
        {QStringLiteral("scale"), QT_TRANSLATE_NOOP("EnterpriseRules", "Scale")},
        {QStringLiteral("employees"), QT_TRANSLATE_NOOP("EnterpriseRules", "Employees")},
        {QStringLiteral("legalRepresentative"), QT_TRANSLATE_NOOP("EnterpriseRules", "Legal representative")},
        {QStringLiteral("safetyContact"), QT_TRANSLATE_NOOP("EnterpriseRules", "Safety contact")},
        {QStringLiteral("safetyPhone"), QT_TRANSLATE_NOOP("EnterpriseRules", "Contact phone")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("EnterpriseRules", "Status")},
        {QStringLiteral("longitude"), QT_TRANSLATE_NOOP("EnterpriseRules", "Longitude")},
        {QStringLiteral("latitude"), QT_TRANSLATE_NOOP("EnterpriseRules", "Latitude")},
        {QStringLiteral("gridId"), QT_TRANSLATE_NOOP("EnterpriseRules", "Grid")},
        {QStringLiteral("directReason"), QT_TRANSLATE_NOOP("EnterpriseRules", "Direct supervision")},
        {QStringLiteral("risk"), QT_TRANSLATE_NOOP("EnterpriseRules", "Risk report")},
        {QStringLiteral("supervision"), QT_TRANSLATE_NOOP("EnterpriseRules", "Supervision")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : QCoreApplication::translate("EnterpriseRules", *it);
}

} // namespace gridsafe
