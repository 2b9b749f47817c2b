#pragma once
// "host[:port]" as people type it, with the default port when none is given.

#include "util/Result.h"

#include <QString>

namespace gridsafe {

struct ServerAddress
{
    QString host;
    quint16 port = 0;

    static Result<ServerAddress> parse(const QString &text);
    QString toString() const;
};

} // namespace gridsafe
