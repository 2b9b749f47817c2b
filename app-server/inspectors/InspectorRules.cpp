#include "inspectors/InspectorRules.h"

#include "accounts/UserRepository.h"
#include "commands/ScopeChecks.h"
#include "domain/CivilDate.h"
#include "grids/AssignmentRepository.h"
#include "grids/GridRepository.h"
#include "inspectors/InspectorRepository.h"
#include "sql/SqlRunner.h"
#include "training/TrainingRepository.h"

#include <QCoreApplication>

namespace gridsafe {

Result<Inspector> inspectorInScope(const CommandContext &context, qint64 inspectorId)
{
    auto found = InspectorRepository(context.db).find(inspectorId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("InspectorRules", "Inspector %1 does not exist.").arg(inspectorId));
    if (!context.actor.coversTown(found.value()->townId))
        return outOfScope(context);
    return *found.value();
}

Result<Inspector> editableInspector(const CommandContext &context, qint64 inspectorId, qint64 revision)
{
    auto inspector = inspectorInScope(context, inspectorId);
    if (!inspector)
        return inspector;
    if (inspector->revision != revision)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "InspectorRules", "%1's record was changed by someone else after you opened "
                                               "it. Open it again and apply your change.")
                             .arg(inspector->name));
    return inspector;
}

Status checkAccountLink(const CommandContext &context, qint64 userId, qint64 townId, qint64 inspectorId)
{
    auto account = UserRepository(context.db).account(userId);
    if (!account)
        return account.error();
    if (!account.value() || account.value()->role != Role::Inspector || account.value()->townId != townId)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("InspectorRules",
                                                     "Account %1 is not an inspector's account of this town.")
                             .arg(userId));
    auto linked = InspectorRepository(context.db).linkedTo(userId, inspectorId);
    if (!linked)
        return linked.error();
    if (linked.value())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("InspectorRules",
                                                     "The account \"%1\" already belongs to inspector %2.")
                             .arg(account.value()->username, linked.value()->name));
    return success();
}

Status checkNotRegistered(const CommandContext &context, const Inspector &inspector)
{
    auto same =
        scalarSql(context.db,
                  QStringLiteral("SELECT 1 FROM inspectors WHERE town_id = :town AND name = :name AND "
                                 "phone = :phone AND id <> :id"),
                  {{QStringLiteral("town"), inspector.townId},
                   {QStringLiteral("name"), inspector.name},
                   {QStringLiteral("phone"), inspector.phone},
                   {QStringLiteral("id"), inspector.id}});
    if (!same)
        return same.error();
    if (same.value().isValid())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("InspectorRules",
                                                     "%1 (%2) is already registered as an inspector of this "
                                                     "town.")
                             .arg(inspector.name, inspector.phone));
    return success();
}

Status checkHoldsNoGrid(const CommandContext &context, const Inspector &inspector)
{
    auto held = AssignmentRepository(context.db).currentOfInspector(inspector.id);
    if (!held)
        return held.error();
    if (held->isEmpty())
        return success();
    QStringList names;
    for (const GridAssignment &assignment : held.value()) {
        auto grid = GridRepository(context.db).find(assignment.gridId);
        if (grid && grid.value())
            names.append(grid.value()->name);
    }
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("InspectorRules",
                                                 "%1 is still responsible for %2: give those grids to "
                                                 "another inspector first.")
                         .arg(inspector.name, names.join(QStringLiteral("、"))));
}

Status checkCertified(const CommandContext &context, const Inspector &inspector)
{
    auto certificates = TrainingRepository(context.db).certificatesOf(inspector.id);
    if (!certificates)
        return certificates.error();
    const QString today = context.todayText();
    QString lastExpiry;
    for (const Certificate &certificate : certificates.value()) {
        if (certificate.validOn(today))
            return success();
        if (certificate.revokedOn.isEmpty() && certificate.validUntil < today)
            lastExpiry = std::max(lastExpiry, certificate.validUntil);
    }
    if (!lastExpiry.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate(
                             "InspectorRules", "%1's certificate expired on %2. Only an inspector with a "
                                               "valid certificate can be responsible for a grid: renew "
                                               "it first.")
                             .arg(inspector.name, lastExpiry));
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate(
                         "InspectorRules", "%1 has no valid certificate. Only an inspector who has been "
                                           "trained, passed the exam and holds a certificate can be "
                                           "responsible for a grid.")
                         .arg(inspector.name));
}

} // namespace gridsafe
