#pragma once
// Everything the server knows, apart from the network: the database and the services over
// it. One per data folder; tests make one on a temporary folder.

#include "enterprises/ImportLimits.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <chrono>
#include <memory>

namespace gridsafe {

class AuditLog;
class ChangeFeed;
class CommandExecutor;
class CommandRegistry;
class Database;
class LoginThrottle;
class PasswordHasher;
class RequestRegistry;
class SessionRepository;

class ServerCore
{
public:
    struct Options
    {
        QString dataDir;
        std::chrono::seconds sessionIdleTimeout{60 * 60};
        ImportLimits importLimits;
    };

    static Result<std::unique_ptr<ServerCore>> open(const Options &options, const Clock &clock);
    // Creates the data folder owner-only (0700) if it does not exist yet.
    static bool makeDataDir(const QString &path);
    ~ServerCore();

    const Options &options() const { return m_options; }
    const Clock &clock() const { return m_clock; }
    // A successful login: the account's last-login time, published to administrators.
    // Returns the feed head for the note to them.
    Result<qint64> recordLogin(qint64 userId);
    Database &database() { return *m_database; }
    PasswordHasher &hasher() { return *m_hasher; }
    SessionRepository &sessions() { return *m_sessions; }
    ChangeFeed &changes() { return *m_changes; }
    AuditLog &audit() { return *m_audit; }
    CommandExecutor &executor() { return *m_executor; }
    const CommandRegistry &registry() const { return *m_registry; }
    // Requests other than commands (an import's staging, the enterprise history).
    const RequestRegistry &requests() const { return *m_requests; }
    LoginThrottle &throttle() { return *m_throttle; }

private:
    ServerCore(Options options, const Clock &clock);

    Options m_options;
    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<SessionRepository> m_sessions;
    std::unique_ptr<ChangeFeed> m_changes;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CommandRegistry> m_registry;
    std::unique_ptr<CommandExecutor> m_executor;
    std::unique_ptr<RequestRegistry> m_requests;
    std::unique_ptr<LoginThrottle> m_throttle;
};

} // namespace gridsafe
