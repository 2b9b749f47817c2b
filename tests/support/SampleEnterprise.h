#pragma once
// enterprise.create's arguments for an ordinary enterprise (a below-scale machinery plant of
// 45 people, in no grid yet): the tests and the bench register many of them.

#include <QCborMap>
#include <QString>

namespace gridsafe::test {

QCborMap sampleEnterpriseArgs(qint64 townId, qint64 villageId, const QString &villageName,
                              const QString &name, const QString &creditCode);

} // namespace gridsafe::test
