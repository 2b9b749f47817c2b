#include "demo/DemoBoundarySeeder.h"

#include "ServerCore.h"
#include "accounts/UserRepository.h"
#include "commands/CommandExecutor.h"
#include "domain/CommandName.h"
#include "regions/BoundaryRepository.h"
#include "store/Database.h"

#include <QFile>
#include <QUuid>

namespace gridsafe {

QString DemoBoundarySeeder::resourcePath()
{
    return QStringLiteral(":/demo/boundaries.geojson");
}

Status DemoBoundarySeeder::seedIfEmpty(ServerCore &core)
{
    QSqlDatabase db = core.database().sql();
    auto any = BoundaryRepository(db).any();
    if (!any)
        return any.error();
    if (any.value())
        return success();
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("the demo boundaries %1 are not built in").arg(resourcePath()));
    auto admin = UserRepository(db).findByName(QStringLiteral("admin"));
    if (!admin)
        return admin.error();
    if (!admin.value())
        return makeError(ErrorCode::Internal, QStringLiteral("demo user admin is missing"));
    auto outcome =
        core.executor().execute(admin.value()->toActor(), QUuid::createUuid().toString(QUuid::WithoutBraces),
                                QString::fromLatin1(cmd::kRegionImportBoundaries),
                                {{QStringLiteral("geojson"), QString::fromUtf8(file.readAll())}});
    if (!outcome)
        return makeError(outcome.error().code,
                         QStringLiteral("demo %1 failed: %2")
                             .arg(QLatin1String(cmd::kRegionImportBoundaries), outcome.error().message));
    return success();
}

} // namespace gridsafe
