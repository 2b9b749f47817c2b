#include "console/ServerConsole.h"

#include "ServerCore.h"
#include "accounts/PasswordHasher.h"
#include "accounts/SessionRepository.h"
#include "accounts/UserFeed.h"
#include "accounts/UserRepository.h"
#include "audit/AuditLog.h"
#include "console/QuitOnSignal.h"
#include "demo/DemoBoundarySeeder.h"
#include "demo/DemoEnterpriseSeeder.h"
#include "demo/DemoNetworkSeeder.h"
#include "demo/DemoSeeder.h"
#include "domain/NameRules.h"
#include "i18n/Translations.h"
#include "network/GridSafeServer.h"
#include "network/ServerLimits.h"
#include "protocol/ProtocolConstants.h"
#include "regions/RegionImport.h"
#include "regions/RegionRepository.h"
#include "sql/TransactionGuard.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "util/ConsoleStreams.h"
#include "util/PasswordPrompt.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTextStream>

namespace gridsafe {

namespace {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        *address = QHostAddress(QHostAddress::LocalHost);
    else if (!address->setAddress(host))
        return false;
    *port = quint16(value);
    return true;
}

int serve(ServerCore &core, const QHostAddress &address, quint16 port, int commitBatch)
{
    auto identity = TlsIdentity::loadOrCreate(core.options().dataDir);
    if (!identity) {
        err() << identity.error().message << Qt::endl;
        return 3;
    }
    ServerLimits limits;
    limits.maxCommitBatch = commitBatch;
    GridSafeServer server(core, identity.value(), limits);
    QString error;
    if (!server.listen(address, port, &error)) {
        err() << error << Qt::endl;
        return 4;
    }
    out() << QCoreApplication::translate("ServerConsole", "GridSafe server %1, SQLite %2, database schema %3")
                 .arg(QStringLiteral(GRIDSAFE_VERSION), Database::sqliteVersion(core.database().sql()))
                 .arg(core.database().schemaVersion())
          << Qt::endl;
    out() << QCoreApplication::translate("ServerConsole", "Listening on %1:%2 (TLS)")
                 .arg(address.toString())
                 .arg(server.port())
          << Qt::endl;
    out() << QCoreApplication::translate("ServerConsole", "Certificate SHA-256 fingerprint: %1")
                 .arg(server.fingerprint())
          << Qt::endl;
    QuitOnSignal quitOnSignal;
    return QCoreApplication::exec();
}

int consoleCreateUser(ServerCore &core, const QCommandLineParser &parser)
{
    auto username = normalizeUsername(parser.value(QStringLiteral("username")));
    if (!username) {
        err() << username.error().message << Qt::endl;
        return 2;
    }
    const std::optional<Role> role = roleFromName(parser.value(QStringLiteral("role")));
    if (!role) {
        err() << QCoreApplication::translate("ServerConsole",
                                             "--role must be admin, reviewer, operator or inspector.")
              << Qt::endl;
        return 2;
    }
    const QSqlDatabase db = core.database().sql();
    User user;
    user.username = username.value();
    user.role = *role;
    user.displayName = parser.value(QStringLiteral("display-name")).simplified();
    if (user.displayName.isEmpty())
        user.displayName = user.username;
    if (roleNeedsTown(*role)) {
        const QString townName = parser.value(QStringLiteral("town"));
        auto all = RegionRepository(db).all();
        if (!all) {
            err() << all.error().message << Qt::endl;
            return 5;
        }
        for (const Region &region : all.value()) {
            if (isTownLevel(region.kind) && region.name == townName)
                user.townId = region.id;
        }
        if (!user.townId) {
            err() << QCoreApplication::translate("ServerConsole",
                                                 "--town must name an existing town or street, e.g. 遥观镇.")
                  << Qt::endl;
            return 2;
        }
    }
    const QString password =
        readPassword(QCoreApplication::translate("ServerConsole", "Password for %1: ").arg(user.username),
                     "GRIDSAFE_PASSWORD");
    if (Status strong = checkPasswordStrength(password); !strong) {
        err() << strong.error().message << Qt::endl;
        return 2;
    }
    user.passwordHash = core.hasher().hash(password);
    TransactionGuard transaction(db);
    UserRepository users(db);
    if (!transaction.begin())
        return 5;
    auto existing = users.findByName(user.username);
    if (existing && existing.value()) {
        err() << QCoreApplication::translate("ServerConsole", "The user name \"%1\" is taken.")
                     .arg(user.username)
              << Qt::endl;
        return 2;
    }
    auto id = users.insert(user, core.clock().now().toUTC().toString(Qt::ISODate));
    if (!id || !UserFeed::publish(db, core.changes(), id.value())
        || !core.audit().append({std::nullopt,
                                 QStringLiteral("console.createUser"),
                                 {},
                                 QStringLiteral("user"),
                                 id.value(),
                                 QJsonObject{{QStringLiteral("username"), user.username}}})
        || !transaction.commit()) {
        err() << QCoreApplication::translate("ServerConsole", "Could not create the user.") << Qt::endl;
        return 5;
    }
    out() << QCoreApplication::translate("ServerConsole", "Created user %1 (id %2).")
                 .arg(user.username)
                 .arg(id.value())
          << Qt::endl;
    return 0;
}

int consoleResetPassword(ServerCore &core, const QCommandLineParser &parser)
{
    const QSqlDatabase db = core.database().sql();
    auto user = UserRepository(db).findByName(parser.value(QStringLiteral("username")).trimmed().toLower());
    if (!user || !user.value()) {
        err() << QCoreApplication::translate("ServerConsole", "No such user.") << Qt::endl;
        return 2;
    }
    const QString password =
        readPassword(QCoreApplication::translate("ServerConsole", "New password: "), "GRIDSAFE_PASSWORD");
    if (Status strong = checkPasswordStrength(password); !strong) {
        err() << strong.error().message << Qt::endl;
        return 2;
    }
    const qint64 id = user.value()->id;
    TransactionGuard transaction(db);
    if (!transaction.begin()
        || !UserRepository(db).setPasswordHash(id, core.hasher().hash(password),
                                               core.clock().now().toUTC().toString(Qt::ISODate))
        || !core.sessions().endAllOf(id) || !UserFeed::publish(db, core.changes(), id)
        || !core.audit().append(
            {std::nullopt, QStringLiteral("console.resetPassword"), {}, QStringLiteral("user"), id, {}})
        || !transaction.commit()) {
        err() << QCoreApplication::translate("ServerConsole", "Could not reset the password.") << Qt::endl;
        return 5;
    }
    out() << QCoreApplication::translate("ServerConsole", "Password reset; the user's sessions have ended.")
          << Qt::endl;
    return 0;
}

int initDistrict(ServerCore &core, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("district"))) {
        err() << QCoreApplication::translate("ServerConsole", "init wants --district NAME.") << Qt::endl;
        return 2;
    }
    auto id = RegionImport::initDistrict(core, parser.value(QStringLiteral("district")),
                                         parser.value(QStringLiteral("code")));
    if (!id) {
        err() << id.error().message << Qt::endl;
        return id.error().code == ErrorCode::Invalid ? 2 : 5;
    }
    out() << QCoreApplication::translate("ServerConsole",
                                         "Created the district (id %1). Next: import-regions FILE, then "
                                         "create-user for each town's operators.")
                 .arg(id.value())
          << Qt::endl;
    return 0;
}

int consoleImportRegions(ServerCore &core, const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        err() << QCoreApplication::translate("ServerConsole", "import-regions wants a readable CSV file.")
              << Qt::endl;
        return 2;
    }
    auto outcome = RegionImport::importCsv(core, file.readAll(), QFileInfo(path).fileName());
    if (!outcome) {
        err() << outcome.error().message << Qt::endl;
        return 5;
    }
    if (!outcome->problems.isEmpty()) {
        for (const RegionImport::Problem &problem : std::as_const(outcome->problems))
            err() << QCoreApplication::translate("ServerConsole", "Row %1: %2")
                         .arg(problem.row)
                         .arg(problem.message)
                  << Qt::endl;
        err() << QCoreApplication::translate("ServerConsole", "Nothing was imported; correct the rows above.")
              << Qt::endl;
        return 2;
    }
    out() << QCoreApplication::translate("ServerConsole", "Imported %1 rows: %2 created, %3 already there.")
                 .arg(outcome->rows)
                 .arg(outcome->created)
                 .arg(outcome->existing)
          << Qt::endl;
    return 0;
}

} // namespace

int ServerConsole::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gridsafe-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRIDSAFE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ServerConsole", "GridSafe server.\n\nCommands: serve (default), init --district NAME [--code CODE], "
                         "import-regions FILE, create-user, reset-password, backup FILE, restore FILE, "
                         "verify-audit."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultDataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    parser.addOptions({
        {QStringLiteral("data-dir"),
         QCoreApplication::translate("ServerConsole", "Folder for the database and TLS files."),
         QCoreApplication::translate("ServerConsole", "dir"), defaultDataDir},
        {QStringLiteral("listen"),
         QCoreApplication::translate("ServerConsole", "Address and port to listen on."),
         QCoreApplication::translate("ServerConsole", "host:port"),
         QStringLiteral("0.0.0.0:%1").arg(kDefaultPort)},
        {QStringLiteral("demo"),
         QCoreApplication::translate("ServerConsole",
                                     "Seed demo data into an empty database: the district, accounts, and the "
                                     "pilot towns' grids staffed, certified and filed.")},
        {QStringLiteral("demo-minimal"),
         QCoreApplication::translate("ServerConsole",
                                     "Seed only the demo district, accounts and a few grids (for scripts and "
                                     "tests that need free villages).")},
        {QStringLiteral("session-idle-minutes"),
         QCoreApplication::translate("ServerConsole", "End sessions idle this long."),
         QCoreApplication::translate("ServerConsole", "minutes"), QStringLiteral("60")},
        {QStringLiteral("commit-batch"),
         QCoreApplication::translate("ServerConsole",
                                     "Most commands made durable by one commit (1: a commit per command)."),
         QCoreApplication::translate("ServerConsole", "count"), QStringLiteral("256")},
        {QStringLiteral("language"),
         QCoreApplication::translate("ServerConsole", "Language of messages: zh_CN or en."),
         QCoreApplication::translate("ServerConsole", "code"), QStringLiteral("zh_CN")},
        {QStringLiteral("username"),
         QCoreApplication::translate("ServerConsole", "User name (create-user, reset-password)."),
         QCoreApplication::translate("ServerConsole", "name")},
        {QStringLiteral("display-name"),
         QCoreApplication::translate("ServerConsole", "Display name (create-user)."),
         QCoreApplication::translate("ServerConsole", "name")},
        {QStringLiteral("role"),
         QCoreApplication::translate("ServerConsole",
                                     "admin, reviewer, operator or inspector (create-user)."),
         QCoreApplication::translate("ServerConsole", "role")},
        {QStringLiteral("town"),
         QCoreApplication::translate("ServerConsole", "Town of an operator or inspector (create-user)."),
         QCoreApplication::translate("ServerConsole", "name")},
        {QStringLiteral("district"),
         QCoreApplication::translate("ServerConsole",
                                     "Name of the district, the root of the region tree (init)."),
         QCoreApplication::translate("ServerConsole", "name")},
        {QStringLiteral("code"),
         QCoreApplication::translate("ServerConsole",
                                     "The district's 6-digit division code (init; optional)."),
         QCoreApplication::translate("ServerConsole", "code")},
    });
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("ServerConsole", "What to do; serve if omitted."));
    parser.process(app);
    installTranslations(parser.value(QStringLiteral("language")));

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("serve"));
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(QStringLiteral("listen")), &address, &port)) {
        err() << QCoreApplication::translate("ServerConsole", "--listen wants HOST:PORT, e.g. 127.0.0.1:%1")
                     .arg(kDefaultPort)
              << Qt::endl;
        return 2;
    }
    bool minutesOk = false;
    const int idleMinutes = parser.value(QStringLiteral("session-idle-minutes")).toInt(&minutesOk);
    if (!minutesOk || idleMinutes < 1) {
        err() << QCoreApplication::translate("ServerConsole",
                                             "--session-idle-minutes wants a positive whole number.")
              << Qt::endl;
        return 2;
    }
    bool batchOk = false;
    const int commitBatch = parser.value(QStringLiteral("commit-batch")).toInt(&batchOk);
    if (!batchOk || commitBatch < 1 || commitBatch > 4096) {
        err() << QCoreApplication::translate("ServerConsole",
                                             "--commit-batch wants a whole number from 1 to 4096.")
              << Qt::endl;
        return 2;
    }

    const QString dataDir = QDir(parser.value(QStringLiteral("data-dir"))).absolutePath();
    // One server per data folder; restore needs the folder to itself.
    ServerCore::makeDataDir(dataDir);
    QLockFile lock(QDir(dataDir).filePath(QStringLiteral("gridsafe-server.lock")));
    lock.setStaleLockTime(0);
    if ((command == QLatin1String("serve") || command == QLatin1String("restore")) && !lock.tryLock()) {
        err() << QCoreApplication::translate("ServerConsole",
                                             "Another gridsafe-server is using %1; stop it first.")
                     .arg(dataDir)
              << Qt::endl;
        return 4;
    }
    if (command == QLatin1String("restore")) {
        if (positional.size() < 2) {
            err() << QCoreApplication::translate("ServerConsole", "restore wants a backup file.") << Qt::endl;
            return 2;
        }
        if (Status restored = Database::restoreFrom(
                positional.at(1), QDir(dataDir).filePath(QStringLiteral("gridsafe.sqlite")));
            !restored) {
            err() << restored.error().message << Qt::endl;
            return 5;
        }
        out() << QCoreApplication::translate(
                     "ServerConsole", "Restored from %1. Clients will reload their data on next connect.")
                     .arg(positional.at(1))
              << Qt::endl;
        return 0;
    }

    SystemClock clock;
    ServerCore::Options options;
    options.dataDir = dataDir;
    options.sessionIdleTimeout = std::chrono::minutes(idleMinutes);
    auto core = ServerCore::open(options, clock);
    if (!core) {
        err() << core.error().message << Qt::endl;
        return 3;
    }
    if (parser.isSet(QStringLiteral("demo")) || parser.isSet(QStringLiteral("demo-minimal"))) {
        Status seeded = DemoSeeder::seedIfEmpty(*core.value());
        if (seeded && parser.isSet(QStringLiteral("demo")))
            seeded = DemoNetworkSeeder::seedIfEmpty(*core.value());
        // Also into a demo database made before the map existed.
        if (seeded && parser.isSet(QStringLiteral("demo")))
            seeded = DemoBoundarySeeder::seedIfEmpty(*core.value());
        // Also into a demo database made before the register existed.
        if (seeded && parser.isSet(QStringLiteral("demo")))
            seeded = DemoEnterpriseSeeder::seedIfEmpty(*core.value());
        if (!seeded) {
            err() << seeded.error().message << Qt::endl;
            return 5;
        }
    }

    if (command == QLatin1String("serve"))
        return serve(*core.value(), address, port, commitBatch);
    if (command == QLatin1String("init"))
        return initDistrict(*core.value(), parser);
    if (command == QLatin1String("import-regions"))
        return consoleImportRegions(*core.value(), positional.value(1));
    if (command == QLatin1String("create-user"))
        return consoleCreateUser(*core.value(), parser);
    if (command == QLatin1String("reset-password"))
        return consoleResetPassword(*core.value(), parser);
    if (command == QLatin1String("backup")) {
        if (positional.size() < 2) {
            err() << QCoreApplication::translate("ServerConsole", "backup wants a target file.") << Qt::endl;
            return 2;
        }
        if (Status done = core.value()->database().backupTo(positional.at(1)); !done) {
            err() << done.error().message << Qt::endl;
            return 5;
        }
        out() << QCoreApplication::translate("ServerConsole", "Backup written to %1.").arg(positional.at(1))
              << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("verify-audit")) {
        auto verification = core.value()->audit().verify();
        if (!verification) {
            err() << verification.error().message << Qt::endl;
            return 5;
        }
        if (!verification->intact) {
            out() << QCoreApplication::translate("ServerConsole", "Audit log BROKEN at entry %1.")
                         .arg(verification->firstBrokenId)
                  << Qt::endl;
            return 1;
        }
        out() << QCoreApplication::translate("ServerConsole", "Audit log intact: %1 entries.")
                     .arg(verification->entries)
              << Qt::endl;
        return 0;
    }
    err() << QCoreApplication::translate("ServerConsole", "Unknown command \"%1\". See --help.").arg(command)
          << Qt::endl;
    return 2;
}

} // namespace gridsafe
