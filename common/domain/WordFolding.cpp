#include "domain/WordFolding.h"

namespace gridsafe {

QString foldedWord(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c.toCaseFolded());
    }
    return out;
}

} // namespace gridsafe
