#pragma once
// The shared strings of a workbook (xl/sharedStrings.xml): each text cell of the sheet names one
// by its index. Also reads one string item, shared or inline, for the sheet reader.

#include "sheets/SheetLimits.h"
#include "sheets/XmlPartReader.h"
#include "util/Result.h"

#include <QStringList>

namespace gridsafe {

class XlsxSharedStrings
{
public:
    static Result<QStringList> read(XmlPartReader &part, const SheetLimits &limits);

    enum class Item { Read, TooLong, Failed };
    // The text of the <si> or <is> element that starts at the current token: its <t>, or the <t>
    // of each rich-text run <r> in order, but not the phonetic guides <rPh>. Failed leaves the
    // error in the part reader.
    static Item readItem(XmlPartReader &part, qsizetype maxChars, QString *text);

    // Undoes OOXML's escapes of characters XML cannot hold: "_x000D_" is a carriage return, and
    // "_x005F_" an underscore that would otherwise start an escape.
    static QString unescape(const QString &text);
};

} // namespace gridsafe
