#pragma once
// Runs a staged import over the register: `check` reads every row as it would be applied and
// records the problems (the dry run: nothing in the register changes); `apply`, inside the
// enterprise.import command's transaction, reads them again against the register as it is
// then and writes every row that has no problem — creations, updates with their history,
// risk reports — or, if anything fails, none of them.

#include "enterprises/ImportJobRepository.h"
#include "util/Result.h"

#include <QCborMap>

namespace gridsafe {

struct Actor;
struct CommandContext;
struct ImportLimits;

struct ImportSummary
{
    int rows = 0;
    int creates = 0;
    int updates = 0;
    int unchanged = 0;
    int refused = 0; // rows with at least one problem
    int problems = 0;
    int gridsFromVillage = 0; // placed in the only grid covering their village

    QCborMap toMap() const;
};

class EnterpriseImport
{
public:
    static Result<ImportSummary> check(const QSqlDatabase &db, const Actor &actor, const ImportJob &job,
                                       const QString &today, const QString &now, const ImportLimits &limits);
    static Result<ImportSummary> apply(CommandContext &context, const ImportJob &job);
};

} // namespace gridsafe
