#pragma once
// Which roles may run which command (the role half of authorisation; the scope half is
// checked by each handler against the target's town). Shared so the client can grey out
// what the server would refuse anyway.

#include "domain/Role.h"

#include <QString>
#include <QStringList>

namespace gridsafe {

bool roleMayRun(Role role, const QString &command);
QStringList knownCommands();

} // namespace gridsafe
