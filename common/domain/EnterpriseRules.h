#pragma once
// The checks on an enterprise's own fields, shared by the server (commands and imports) and
// the desktop's form, so both judge alike. They normalise what people type (the credit code,
// names, the phone) and name every problem with its field; what needs the database (the
// town, village and grid exist and fit, the code is not taken) is the server's to check.

#include "domain/Enterprise.h"

#include <QCborValue>
#include <QList>
#include <QString>

namespace gridsafe {

struct FieldProblem
{
    QString field; // the payload key, e.g. "creditCode"
    QString message;
};

inline constexpr int kMaxEnterpriseNameLength = 100;
inline constexpr int kMaxEnterpriseAddressLength = 200;
inline constexpr int kMaxDirectReasonLength = 200;
inline constexpr int kMaxEmployees = 1000000;

// Normalises in place and lists what is wrong, in field order; empty when all is well.
QList<FieldProblem> normalizeEnterprise(Enterprise &enterprise);

// A change of one field for the history: the payload key and the values before and after,
// as the payload holds them (keys of word lists, ids of regions and grids).
struct FieldChange
{
    QString field;
    QCborValue before;
    QCborValue after;
};

// What differs between two versions of an enterprise's information (not its revision,
// times or risk report, which have their own record).
QList<FieldChange> enterpriseChanges(const Enterprise &before, const Enterprise &after);

// The field's name for people ("Unified social credit code"), translated.
QString enterpriseFieldLabel(const QString &field);

} // namespace gridsafe
