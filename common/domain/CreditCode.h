#pragma once
// 统一社会信用代码 — the Unified Social Credit Code (GB 32100-2015), the 18-character code
// that identifies an enterprise or other organisation. People copy it from licences by hand,
// in lower case, with spaces or with full-width characters from a Chinese input method, and a
// mistyped code ties records to the wrong enterprise: normalise first, then check the
// structure and the check character, and say exactly what to fix.

#include "util/Result.h"

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

namespace gridsafe {

inline constexpr int kCreditCodeLength = 18;

// Removes all white space (the full-width U+3000 too), turns full-width digits and Latin
// letters into ASCII and upper-cases. Checks nothing.
QString normalizeCreditCode(const QString &input);

// The check character (position 18) for the first 17 characters; nullopt when there are not
// 17 or one of them is outside the code's character set (which has no lower case).
std::optional<QChar> creditCodeCheckCharacter(QStringView first17);

// Normalises, then checks characters, length, registration authority, entity type,
// administrative division and check character. Returns the normalised code, or an
// ErrorCode::Invalid error whose message says what to correct.
Result<QString> validateCreditCode(const QString &input);

} // namespace gridsafe
