#pragma once
// Where the parts of an .xlsx workbook are, found the way the Open Packaging Conventions say:
// _rels/.rels names the workbook, the workbook's relationships name its sheets, shared strings
// and styles. The first worksheet is the first <sheet> of xl/workbook.xml that is a worksheet
// (never assumed to be sheet1.xml: a reordered workbook keeps its old part names).

#include "sheets/SheetLimits.h"
#include "sheets/ZipArchive.h"
#include "util/Result.h"

#include <QString>

namespace gridsafe {

struct XlsxPackage
{
    QString sheetName;
    QString sheetPath;
    QString sharedStringsPath; // empty when the workbook has none
    QString stylesPath;        // empty when the workbook has none
    bool date1904 = false;     // dates count from 1904-01-01 (old Mac Excel), not from 1900

    static Result<XlsxPackage> locate(const ZipArchive &zip, const SheetLimits &limits);
};

} // namespace gridsafe
