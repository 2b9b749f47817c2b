#pragma once
// Building blocks for grid-network tests: a certified inspector in one call, a town whose
// division is complete (every area in a grid, every grid staffed by a certified inspector).

#include "ServerFixture.h"

namespace gridsafe::test {

// An active inspector of `town` with a passed exam and a certificate valid today, made by
// the admin; returns the inspector's id.
qint64 certifiedInspector(ServerFixture &f, const QString &town, const QString &name, const QString &phone,
                          const QString &kind = QStringLiteral("safetyOfficer"));
// Covers every uncovered area of `town` with a grid of its own and gives every grid without
// an inspector a newly certified one (all as the admin).
void completeDivision(ServerFixture &f, const QString &town);
// The town's division revision (0 before any change).
int divisionRevision(ServerFixture &f, const QString &town);
// Runs as `username` and fails the test with the server's message when refused.
QCborMap runOk(ServerFixture &f, const QString &username, const char *command, const QCborMap &args);

} // namespace gridsafe::test
