#pragma once
// What an import's dry run found, or its commit did (the server's summary map): rows read,
// enterprises to create or update, unchanged ones, rows refused with their problems, and
// those placed in their village's only grid (一村一格).

#include <QCborMap>
#include <QString>

namespace gridsafe {

struct EnterpriseImportSummary
{
    int rows = 0;
    int creates = 0;
    int updates = 0;
    int unchanged = 0;
    int refused = 0;
    int problems = 0;
    int gridsFromVillage = 0;

    static EnterpriseImportSummary fromMap(const QCborMap &summary);
    // Rows a commit would write.
    int valid() const { return creates + updates; }
    // "12 new, 3 updated, 0 unchanged, 2 rows with problems; 5 placed in their village's grid".
    QString checkedText() const;
    // The same for what a commit did.
    QString committedText() const;
};

} // namespace gridsafe
