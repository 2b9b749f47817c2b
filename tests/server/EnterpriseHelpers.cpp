#include "EnterpriseHelpers.h"

#include "SampleEnterprise.h"
#include "commands/RequestRegistry.h"
#include "domain/CommandName.h"
#include "domain/CreditCode.h"
#include "protocol/MessageType.h"

#include <stdexcept>

namespace gridsafe::test {

QString newCreditCode()
{
    static int counter = 0;
    const QString first17 = QStringLiteral("91320412MB%1").arg(++counter, 7, 10, QLatin1Char('0'));
    return first17 + *creditCodeCheckCharacter(first17);
}

QCborMap enterpriseArgs(ServerFixture &f, const QString &town, const QString &village, const QString &name,
                        const QString &code)
{
    return sampleEnterpriseArgs(f.regionId(town), f.regionId(village), village, name, code);
}

qint64 createEnterprise(ServerFixture &f, const QString &username, const QString &town,
                        const QString &village, const QString &name)
{
    auto created = f.run(username, QString::fromLatin1(cmd::kEnterpriseCreate),
                         enterpriseArgs(f, town, village, name, newCreditCode()));
    if (!created)
        throw std::runtime_error(created.error().message.toStdString());
    return created->result.value(QStringLiteral("enterpriseId")).toInteger();
}

Result<QCborMap> request(ServerFixture &f, const QString &username, const char *type, const QCborMap &body)
{
    const RequestHandler *handler = f.core().requests().find(QString::fromLatin1(type));
    if (!handler)
        throw std::runtime_error(std::string("no request ") + type);
    return (*handler)(f.actor(username), body);
}

QCborMap importRow(int row, const QCborMap &cells)
{
    return {{QStringLiteral("row"), row}, {QStringLiteral("cells"), cells}};
}

qint64 stageImport(ServerFixture &f, const QString &username, const QCborArray &rows, int chunk)
{
    auto begun = request(f, username, msg::kImportBegin,
                         {{QStringLiteral("fileName"), QStringLiteral("企业名录.xlsx")},
                          {QStringLiteral("checksum"), QStringLiteral("sha256:test")},
                          {QStringLiteral("rowCount"), rows.size()}});
    if (!begun)
        throw std::runtime_error(begun.error().message.toStdString());
    const qint64 job = begun->value(QStringLiteral("jobId")).toInteger();
    for (qsizetype first = 0; first < rows.size(); first += chunk) {
        QCborArray part;
        for (qsizetype i = first; i < std::min(rows.size(), first + chunk); ++i)
            part.append(rows.at(i));
        auto uploaded = request(f, username, msg::kImportUpload,
                                {{QStringLiteral("jobId"), job},
                                 {QStringLiteral("first"), first},
                                 {QStringLiteral("rows"), part}});
        if (!uploaded)
            throw std::runtime_error(uploaded.error().message.toStdString());
    }
    return job;
}

} // namespace gridsafe::test
