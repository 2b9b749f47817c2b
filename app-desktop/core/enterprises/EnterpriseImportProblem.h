#pragma once
// One reason the server's dry run gives for not taking a row of an import: the row's number
// in the user's file, the field, and what to correct.

#include <QCborArray>
#include <QList>
#include <QString>

namespace gridsafe {

struct EnterpriseImportProblem
{
    int row = 0;
    QString field; // an import field key, or an enterprise field the rules named ("townId")
    QString message;

    // The import fields in one page of import.problems.
    static QList<EnterpriseImportProblem> fromArray(const QCborArray &problems);
    // The field as the mapping dialog names it ("Town or street"), also for the rules' own
    // keys (townId, villageId, gridId, risk).
    QString fieldLabel() const;
    // "Row 7, Town or street: …", for the CLI and saved problem lists.
    QString line() const;
};

} // namespace gridsafe
