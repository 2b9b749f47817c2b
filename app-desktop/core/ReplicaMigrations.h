#pragma once
// The replica's schema, as SQL: migration N brings a replica file from version N-1 to N (as
// on the server); the number of migrations is the replica's schema version.

#include <QList>
#include <QStringList>

namespace gridsafe {

const QList<QStringList> &replicaMigrations();

} // namespace gridsafe
