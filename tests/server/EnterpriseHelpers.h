#pragma once
// Building blocks for enterprise tests: valid credit codes, the arguments of a new
// enterprise, and an import staged through the real import requests.

#include "ServerFixture.h"

#include <QCborArray>
#include <QCborMap>

namespace gridsafe::test {

// A valid unified social credit code not used before in this run.
QString newCreditCode();
// The arguments of enterprise.create for a below-scale machinery plant in `village` of `town`.
QCborMap enterpriseArgs(ServerFixture &f, const QString &town, const QString &village, const QString &name,
                        const QString &code);
// Creates one as `username`; returns its id.
qint64 createEnterprise(ServerFixture &f, const QString &username, const QString &town,
                        const QString &village, const QString &name = QStringLiteral("常州测试机械有限公司"));
// Runs an import.* request as `username`.
Result<QCborMap> request(ServerFixture &f, const QString &username, const char *type, const QCborMap &body);
// One import row: {row, cells}.
QCborMap importRow(int row, const QCborMap &cells);
// Begins an import and uploads `rows` in chunks of `chunk`; returns the job id.
qint64 stageImport(ServerFixture &f, const QString &username, const QCborArray &rows, int chunk = 1000);

} // namespace gridsafe::test
