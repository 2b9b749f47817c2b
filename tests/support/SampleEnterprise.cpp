#include "SampleEnterprise.h"

#include <QCborArray>

namespace gridsafe::test {

QCborMap sampleEnterpriseArgs(qint64 townId, qint64 villageId, const QString &villageName,
                              const QString &name, const QString &creditCode)
{
    return {{QStringLiteral("creditCode"), creditCode},
            {QStringLiteral("name"), name},
            {QStringLiteral("address"), QStringLiteral("常州市经开区%188号").arg(villageName)},
            {QStringLiteral("townId"), townId},
            {QStringLiteral("villageId"), villageId},
            {QStringLiteral("industry"), QStringLiteral("C34")},
            {QStringLiteral("sector"), QStringLiteral("machinery")},
            {QStringLiteral("focusFlags"), QCborArray{QStringLiteral("confinedSpace")}},
            {QStringLiteral("scale"), QStringLiteral("below")},
            {QStringLiteral("employees"), 45},
            {QStringLiteral("legalRepresentative"), QStringLiteral("王建国")},
            {QStringLiteral("safetyContact"), QStringLiteral("陈安全")},
            {QStringLiteral("safetyPhone"), QStringLiteral("13813800000")},
            {QStringLiteral("status"), QStringLiteral("operating")}};
}

} // namespace gridsafe::test
