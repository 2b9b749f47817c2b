#pragma once
// The register as a sheet: the import's columns under their standard Chinese titles, and
// values written as an import reads them (Chinese words, industry codes), so an exported
// sheet can be corrected in Excel and imported again. The risk level cell carries its colour.

#include "domain/Enterprise.h"
#include "sheets/SheetExport.h"

#include <QHash>

namespace gridsafe {

class EnterpriseSheet
{
public:
    EnterpriseSheet(QHash<qint64, QString> regionNames, QHash<qint64, QString> gridNames);

    SheetExport start() const; // the title row, widths and sheet name, no rows yet
    QList<SheetCell> row(const Enterprise &enterprise) const;

private:
    QHash<qint64, QString> m_regionNames;
    QHash<qint64, QString> m_gridNames;
};

} // namespace gridsafe
