#include "domain/CommandPermissions.h"

#include "domain/CommandName.h"

#include <initializer_list>

namespace gridsafe {

namespace {

struct Rule
{
    const char *command;
    std::initializer_list<Role> roles;
};

const Rule kRules[] = {
    {cmd::kGridCreate, {Role::Admin, Role::TownOperator}},
    {cmd::kGridUpdate, {Role::Admin, Role::TownOperator}},
    {cmd::kGridRetire, {Role::Admin, Role::TownOperator}},
    {cmd::kGridRestore, {Role::Admin, Role::TownOperator}},
    {cmd::kRegionCreate, {Role::Admin, Role::TownOperator}},
    {cmd::kRegionRename, {Role::Admin, Role::TownOperator}},
    {cmd::kRegionImport, {Role::Admin}},
    {cmd::kUserCreate, {Role::Admin}},
    {cmd::kUserResetPassword, {Role::Admin}},
    {cmd::kUserSetDisabled, {Role::Admin}},
    {cmd::kUserChangePassword, {Role::Admin, Role::DistrictReviewer, Role::TownOperator, Role::Inspector}},
    {cmd::kAuditVerify, {Role::Admin, Role::DistrictReviewer}},
    {cmd::kInspectorCreate, {Role::Admin, Role::TownOperator}},
    {cmd::kInspectorUpdate, {Role::Admin, Role::TownOperator}},
    {cmd::kGridAssignInspector, {Role::Admin, Role::TownOperator}},
    {cmd::kGridUnassignInspector, {Role::Admin, Role::TownOperator}},
    {cmd::kTrainingRecord, {Role::Admin, Role::TownOperator}},
    {cmd::kTrainingUpdate, {Role::Admin, Role::TownOperator}},
    {cmd::kExamRecord, {Role::Admin, Role::TownOperator}},
    {cmd::kCertificateIssue, {Role::Admin, Role::TownOperator}},
    {cmd::kCertificateRevoke, {Role::Admin, Role::TownOperator}},
    {cmd::kTrainingSetPlan, {Role::Admin, Role::TownOperator}},
    // The city's list and growth values are the administrators' to keep.
    {cmd::kAgencyCreate, {Role::Admin}},
    {cmd::kAgencyUpdate, {Role::Admin}},
    {cmd::kContractCreate, {Role::Admin, Role::TownOperator}},
    {cmd::kContractTerminate, {Role::Admin, Role::TownOperator}},
    {cmd::kEngagementCreate, {Role::Admin, Role::TownOperator}},
    {cmd::kFilingSubmit, {Role::Admin, Role::TownOperator}},
    // The district decides on a town's filing; the town cannot file its own.
    {cmd::kFilingDecide, {Role::Admin, Role::DistrictReviewer}},
    // The map's outlines come from the district's GIS data, for every town at once.
    {cmd::kRegionImportBoundaries, {Role::Admin}},
    // The register is the town's to keep; the district reads it.
    {cmd::kEnterpriseCreate, {Role::Admin, Role::TownOperator}},
    {cmd::kEnterpriseUpdate, {Role::Admin, Role::TownOperator}},
    {cmd::kEnterpriseSetSupervision, {Role::Admin, Role::TownOperator}},
    {cmd::kEnterpriseRecordRiskReport, {Role::Admin, Role::TownOperator}},
    {cmd::kEnterpriseImport, {Role::Admin, Role::TownOperator}},
};

} // namespace

bool roleMayRun(Role role, const QString &command)
{
    for (const Rule &rule : kRules) {
        if (command == QLatin1String(rule.command)) {
            for (Role allowed : rule.roles) {
                if (allowed == role)
                    return true;
            }
            return false;
        }
    }
    return false;
}

QStringList knownCommands()
{
    QStringList names;
    for (const Rule &rule : kRules)
        names.append(QString::fromLatin1(rule.command));
    return names;
}

} // namespace gridsafe
