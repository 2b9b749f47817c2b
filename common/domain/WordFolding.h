#pragma once
// How a typed or imported word is compared with a list of known words (scales, statuses,
// sectors): what people vary without meaning, whitespace (full-width too) and case, is
// folded away.

#include <QString>

namespace gridsafe {

QString foldedWord(const QString &text);

} // namespace gridsafe
