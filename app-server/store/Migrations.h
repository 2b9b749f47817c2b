#pragma once
// Numbered schema migrations. Append a migration; never edit a released one.

#include "util/Result.h"

#include <QSqlDatabase>

namespace gridsafe {

int latestSchemaVersion();

// Brings the database to the latest version (or to `targetVersion`, for tests that build
// an older database), one migration per transaction. Refuses a database whose version is
// newer than this program knows.
Status migrateDatabase(const QSqlDatabase &db, int targetVersion = latestSchemaVersion());

} // namespace gridsafe
