#pragma once
// gridsafe-cli import-enterprises FILE: reads an enterprise list (.xlsx or .csv), shows how
// its columns were matched, has the server check every row, prints the summary and each
// problem, and commits: only when no row has a problem, or the valid rows with
// --skip-invalid; with --dry-run nothing is committed.

#include "cli/CliCommand.h"

namespace gridsafe {

class CliContext;
class EnterpriseColumnMapping;
struct SheetData;

class ImportEnterprisesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import-enterprises"); }
    int run(CliContext &context) override;

private:
    // Applies each --map TITLE=FIELD; a usage exit code when one names no column or field.
    static int applyMaps(const CliContext &context, EnterpriseColumnMapping &mapping);
    static QString describeColumns(const EnterpriseColumnMapping &mapping, const SheetData &sheet,
                                   const QString &fileName);
};

} // namespace gridsafe
