#pragma once
// The colours the tables use for what needs the office's attention.

#include <QColor>

namespace gridsafe {

inline const QColor kAlertRed(0xc6, 0x28, 0x28);    // a rule is broken
inline const QColor kAlertOrange(0xe6, 0x51, 0x00); // act soon

} // namespace gridsafe
