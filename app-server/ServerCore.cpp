#include "ServerCore.h"

#include "accounts/LoginThrottle.h"
#include "accounts/PasswordHasher.h"
#include "accounts/SessionRepository.h"
#include "accounts/UserCommands.h"
#include "accounts/UserFeed.h"
#include "accounts/UserRepository.h"
#include "agencies/AgencyCommands.h"
#include "audit/AuditCommands.h"
#include "audit/AuditLog.h"
#include "commands/CommandExecutor.h"
#include "commands/CommandRegistry.h"
#include "commands/RequestRegistry.h"
#include "enterprises/EnterpriseCommands.h"
#include "enterprises/EnterpriseHistoryRequest.h"
#include "enterprises/ImportDesk.h"
#include "filings/FilingCommands.h"
#include "grids/GridCommands.h"
#include "grids/GridFeed.h"
#include "inspectors/AssignmentCommands.h"
#include "inspectors/InspectorCommands.h"
#include "regions/BoundaryCommands.h"
#include "regions/RegionCommands.h"
#include "sql/TransactionGuard.h"
#include "store/Database.h"
#include "sync/ChangeFeed.h"
#include "training/TrainingCommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gridsafe {

ServerCore::ServerCore(Options options, const Clock &clock) : m_options(std::move(options)), m_clock(clock)
{}

ServerCore::~ServerCore() = default;

bool ServerCore::makeDataDir(const QString &path)
{
    // A folder we make is the owner's alone; one an admin made keeps the admin's choice.
    if (QFileInfo::exists(path))
        return QFileInfo(path).isDir();
    return QDir().mkpath(path)
           && QFile::setPermissions(path,
                                    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

Result<std::unique_ptr<ServerCore>> ServerCore::open(const Options &options, const Clock &clock)
{
    if (!makeDataDir(options.dataDir))
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("ServerCore", "Cannot create the data folder %1.")
                             .arg(options.dataDir));
    std::unique_ptr<ServerCore> core(new ServerCore(options, clock));
    auto database = Database::open(QDir(options.dataDir).filePath(QStringLiteral("gridsafe.sqlite")));
    if (!database)
        return database.error();
    core->m_database = std::move(database).value();
    core->m_hasher = std::make_unique<PasswordHasher>();
    core->m_sessions =
        std::make_unique<SessionRepository>(core->m_database->sql(), clock, options.sessionIdleTimeout);
    core->m_changes = std::make_unique<ChangeFeed>(core->m_database->sql());
    core->m_audit = std::make_unique<AuditLog>(core->m_database->sql(), clock);
    core->m_registry = std::make_unique<CommandRegistry>();
    registerGridCommands(*core->m_registry);
    registerInspectorCommands(*core->m_registry);
    registerAssignmentCommands(*core->m_registry);
    registerTrainingCommands(*core->m_registry);
    registerAgencyCommands(*core->m_registry);
    registerFilingCommands(*core->m_registry);
    registerRegionCommands(*core->m_registry);
    registerEnterpriseCommands(*core->m_registry);
    registerBoundaryCommands(*core->m_registry);
    registerUserCommands(*core->m_registry);
    registerAuditCommands(*core->m_registry);
    core->m_executor =
        std::make_unique<CommandExecutor>(*core->m_database, clock, *core->m_changes, *core->m_audit,
                                          *core->m_hasher, *core->m_sessions, *core->m_registry);
    core->m_requests = std::make_unique<RequestRegistry>();
    ImportDesk::registerRequests(*core->m_requests, *core->m_database, clock, options.importLimits);
    registerEnterpriseHistoryRequest(*core->m_requests, *core->m_database);
    core->m_throttle = std::make_unique<LoginThrottle>(clock);
    // Accounts made before accounts were replicated (or by the console) reach the feed now.
    if (Status published = UserFeed::publishMissing(core->m_database->sql(), *core->m_changes); !published)
        return published.error();
    // Grids published before they had codes and kinds reach the feed in full.
    if (Status republished = GridFeed::republishOldGrids(core->m_database->sql(), *core->m_changes);
        !republished)
        return republished.error();
    core->m_changes->discardTouchedScopes(); // nobody is connected yet
    return core;
}

Result<qint64> ServerCore::recordLogin(qint64 userId)
{
    QSqlDatabase db = m_database->sql();
    TransactionGuard transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    if (Status stamped = UserRepository(db).setLastLogin(userId, m_clock.now().toUTC().toString(Qt::ISODate));
        !stamped)
        return stamped.error();
    if (Status published = UserFeed::publish(db, *m_changes, userId); !published)
        return published.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    m_changes->discardTouchedScopes(); // the caller notes the admins itself
    return m_changes->head();
}

} // namespace gridsafe
