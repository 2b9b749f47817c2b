#pragma once
// A failure a user can read, with a stable code a program can act on.

#include "protocol/ErrorCode.h"

#include <QString>

namespace gridsafe {

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

} // namespace gridsafe
