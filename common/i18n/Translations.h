#pragma once
// Loads the user-interface language. zh_CN is the default; "en" is the source language.

#include <QString>

namespace gridsafe {

// Installs our translator (and Qt's own, for standard dialogs) for `language`, e.g. "zh_CN".
// Returns false when no translation for it is built in (the English source text remains).
bool installTranslations(const QString &language);

} // namespace gridsafe
