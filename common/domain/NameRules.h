#pragma once
// Rules for the names people type: grids, regions, users.

#include "util/Result.h"

#include <QString>

namespace gridsafe {

// Trims, folds runs of white space to one space, and checks length and characters.
// `what` names the field in the error ("grid name").
Result<QString> normalizeName(const QString &input, const QString &what, int maxLength);
// The same for a field that may be left blank (a note, a unit): blank gives "".
Result<QString> normalizeOptionalName(const QString &input, const QString &what, int maxLength);

inline constexpr int kMaxGridNameLength = 40;
inline constexpr int kMaxRegionNameLength = 40;
inline constexpr int kMaxDisplayNameLength = 40;
inline constexpr int kMaxRetireReasonLength = 200;

// User names: 3–32 of a–z, 0–9, '.', '_', '-'; folded to lower case.
Result<QString> normalizeUsername(const QString &input);
// Passwords: at least 10 characters, at most 128 (ASVS 5.0 allows long pass phrases).
Status checkPasswordStrength(const QString &password);

} // namespace gridsafe
