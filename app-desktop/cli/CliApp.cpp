#include "cli/CliApp.h"

#include "cli/CliExitCode.h"
#include "core/CertificatePinStore.h"
#include "core/Outbox.h"
#include "core/Replica.h"
#include "domain/CommandName.h"
#include "protocol/CertificateFingerprint.h"
#include "protocol/ProtocolConstants.h"
#include "util/ConsoleStreams.h"
#include "util/PasswordPrompt.h"
#include "util/PrivateFileMode.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>

namespace gridsafe {

namespace {

constexpr int kTimeoutMs = 30000;

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Network:
        return kExitNetwork;
    case ErrorCode::AuthFailed:
    case ErrorCode::Throttled:
    case ErrorCode::SessionExpired:
    case ErrorCode::AuthRequired:
        return kExitAuth;
    case ErrorCode::Invalid:
    case ErrorCode::Forbidden:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::UnknownCommand:
        return kExitRejected;
    case ErrorCode::CertificateChanged:
    case ErrorCode::CertificateUnknown:
        return kExitCertificate;
    default:
        return kExitFailure;
    }
}

} // namespace

int CliApp::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "CliApp", "GridSafe command-line client.\n\nCommands:\n"
                  "  login                 log in and remember the session\n"
                  "  logout                end the session\n"
                  "  status                server, user, link, last sync, outbox\n"
                  "  towns                 list the towns you can see\n"
                  "  grids [--town T]      list grids (of town T: name or id)\n"
                  "  areas --town T        villages, communities and parks of T, with their grids\n"
                  "  grid-create --town T --name N --area A [--area A ...]\n"
                  "  sync                  pull changes and send pending commands\n\n"
                  "The password comes from --password-file, the environment variable named by "
                  "--password-env (default GRIDSAFE_PASSWORD), or a prompt; never from the command line."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("server"), QCoreApplication::translate("CliApp", "Server as host:port (login)."),
         QCoreApplication::translate("CliApp", "address")},
        {QStringLiteral("user"), QCoreApplication::translate("CliApp", "User name (login)."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("password-file"),
         QCoreApplication::translate("CliApp", "Read the password from the first line of this file."),
         QCoreApplication::translate("CliApp", "file")},
        {QStringLiteral("password-env"),
         QCoreApplication::translate("CliApp", "Environment variable holding the password."),
         QCoreApplication::translate("CliApp", "name"), QStringLiteral("GRIDSAFE_PASSWORD")},
        {QStringLiteral("fingerprint"),
         QCoreApplication::translate("CliApp", "Expected SHA-256 fingerprint of the server certificate."),
         QCoreApplication::translate("CliApp", "hex")},
        {QStringLiteral("trust-on-first-use"),
         QCoreApplication::translate("CliApp", "Pin the server's certificate on first contact.")},
        {QStringLiteral("data-dir"),
         QCoreApplication::translate("CliApp", "Folder for the session, pins and local replica."),
         QCoreApplication::translate("CliApp", "dir")},
        {QStringLiteral("json"), QCoreApplication::translate("CliApp", "Print results as JSON.")},
        {QStringLiteral("town"), QCoreApplication::translate("CliApp", "Town name or id."),
         QCoreApplication::translate("CliApp", "town")},
        {QStringLiteral("name"), QCoreApplication::translate("CliApp", "Grid name (grid-create)."),
         QCoreApplication::translate("CliApp", "name")},
        {QStringLiteral("area"),
         QCoreApplication::translate("CliApp",
                                     "Village, community or park covered (grid-create; repeatable)."),
         QCoreApplication::translate("CliApp", "area")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   QCoreApplication::translate("CliApp", "What to do."));
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        return kExitOk;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        out() << "gridsafe-cli " << GRIDSAFE_VERSION << Qt::endl;
        return kExitOk;
    }
    m_json = m_parser.isSet(QStringLiteral("json"));
    m_dataDir = m_parser.isSet(QStringLiteral("data-dir"))
                    ? m_parser.value(QStringLiteral("data-dir"))
                    : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_session = std::make_unique<ClientSession>(m_dataDir);
    m_session->setClientName(QStringLiteral("gridsafe-cli"));
    m_session->setTrustOnFirstUse(m_parser.isSet(QStringLiteral("trust-on-first-use")));

    const QString command = m_parser.positionalArguments().value(0);
    if (command == QLatin1String("login"))
        return login();
    if (command == QLatin1String("logout"))
        return logout();
    if (command == QLatin1String("status"))
        return status();
    if (command == QLatin1String("towns"))
        return towns();
    if (command == QLatin1String("grids"))
        return grids();
    if (command == QLatin1String("areas"))
        return areas();
    if (command == QLatin1String("grid-create"))
        return createGrid();
    if (command == QLatin1String("sync"))
        return sync();
    return usage(
        command.isEmpty()
            ? QCoreApplication::translate("CliApp", "Name a command; see --help.")
            : QCoreApplication::translate("CliApp", "Unknown command \"%1\"; see --help.").arg(command));
}

bool CliApp::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

int CliApp::failWith(const Error &error)
{
    if (m_json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("error"), errorCodeName(error.code)},
                                           {QStringLiteral("message"), error.message}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    }
    err() << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int CliApp::usage(const QString &message)
{
    err() << message << Qt::endl;
    return kExitUsage;
}

void CliApp::print(const QJsonValue &json, const QString &text)
{
    if (m_json) {
        const QJsonDocument document =
            json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        out() << document.toJson(QJsonDocument::Indented);
    } else {
        out() << text;
    }
    out().flush();
}

QString CliApp::sessionFilePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("cli-session.json"));
}

bool CliApp::saveSession() const
{
    QDir().mkpath(m_dataDir);
    const PrivateFileMode privateMode;
    QSaveFile file(sessionFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject session{{QStringLiteral("server"), m_session->address().toString()},
                              {QStringLiteral("username"), m_session->user().username},
                              {QStringLiteral("token"), m_session->token()}};
    file.write(QJsonDocument(session).toJson());
    if (!file.commit())
        return false;
    // The token is a live credential: owner-only.
    return QFile::setPermissions(sessionFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

int CliApp::login()
{
    // Ends this function's signal connections with it: the lambdas capture its locals.
    QObject scope;
    auto address = ServerAddress::parse(m_parser.value(QStringLiteral("server")));
    if (!address)
        return usage(address.error().message);
    const QString username = m_parser.value(QStringLiteral("user"));
    if (username.isEmpty())
        return usage(QCoreApplication::translate("CliApp", "login needs --user."));
    if (m_parser.isSet(QStringLiteral("fingerprint"))) {
        const std::optional<QString> pin =
            normalizeFingerprint(m_parser.value(QStringLiteral("fingerprint")));
        if (!pin)
            return usage(QCoreApplication::translate(
                "CliApp", "--fingerprint wants the SHA-256 fingerprint the server prints: 32 hex pairs, "
                          "e.g. AB:CD:…"));
        m_session->pins().setPin(address->toString(), *pin);
    }
    QString password;
    if (m_parser.isSet(QStringLiteral("password-file"))) {
        QFile file(m_parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return usage(QCoreApplication::translate("CliApp", "Cannot read the password file %1.")
                             .arg(file.fileName()));
        password = QString::fromUtf8(file.readLine()).trimmed();
    } else {
        password = readPassword(QCoreApplication::translate("CliApp", "Password for %1: ").arg(username),
                                m_parser.value(QStringLiteral("password-env")).toLatin1().constData());
    }
    if (password.isEmpty())
        return usage(QCoreApplication::translate("CliApp", "No password given."));

    std::optional<Error> failure;
    bool succeeded = false;
    QObject::connect(m_session.get(), &ClientSession::loginSucceeded, &scope, [&] { succeeded = true; });
    QObject::connect(m_session.get(), &ClientSession::loginFailed, &scope,
                     [&](const Error &error) { failure = error; });
    m_session->login(address.value(), username, password);
    if (!waitFor([&] { return succeeded || failure; }, kTimeoutMs))
        return failWith(makeError(ErrorCode::Network,
                                  QCoreApplication::translate("CliApp", "No answer from the server.")));
    if (failure)
        return failWith(*failure);
    if (!saveSession())
        return failWith(makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("CliApp", "Cannot save the session in %1.").arg(m_dataDir)));
    const UserInfo &user = m_session->user();
    print(QJsonObject{{QStringLiteral("username"), user.username},
                      {QStringLiteral("displayName"), user.displayName},
                      {QStringLiteral("role"), roleName(user.role)}},
          QCoreApplication::translate("CliApp", "Logged in as %1 (%2).\n")
              .arg(user.displayName, roleDisplayName(user.role)));
    return kExitOk;
}

int CliApp::connectSaved()
{
    // Ends this function's signal connections with it: the lambdas capture its locals.
    QObject scope;
    QFile file(sessionFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return failWith(
            makeError(ErrorCode::AuthRequired,
                      QCoreApplication::translate("CliApp", "Not logged in: run gridsafe-cli login first.")));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    auto address = ServerAddress::parse(saved.value(QStringLiteral("server")).toString());
    if (!address)
        return failWith(
            makeError(ErrorCode::AuthRequired,
                      QCoreApplication::translate("CliApp", "The saved session is damaged: log in again.")));
    std::optional<Error> failure;
    bool ready = false;
    bool synced = false;
    QObject::connect(m_session.get(), &ClientSession::loginSucceeded, &scope, [&] { ready = true; });
    QObject::connect(m_session.get(), &ClientSession::loginFailed, &scope,
                     [&](const Error &error) { failure = error; });
    QObject::connect(m_session.get(), &ClientSession::syncFinished, &scope,
                     [&](bool ok, const QString &message) {
                         synced = true;
                         if (!ok)
                             failure = makeError(ErrorCode::Network, message);
                     });
    m_session->resume(address.value(), saved.value(QStringLiteral("username")).toString(),
                      saved.value(QStringLiteral("token")).toString());
    if (!waitFor([&] { return (ready && synced) || failure; }, kTimeoutMs))
        return failWith(makeError(ErrorCode::Network,
                                  QCoreApplication::translate("CliApp", "No answer from the server.")));
    if (failure)
        return failWith(*failure);
    return kExitOk;
}

int CliApp::logout()
{
    // Ends this function's signal connections with it: the lambdas capture its locals.
    QObject scope;
    if (int code = connectSaved(); code != kExitOk)
        return code;
    bool done = false;
    QObject::connect(m_session.get(), &ClientSession::loggedOut, &scope, [&] { done = true; });
    m_session->logout();
    waitFor([&] { return done; }, kTimeoutMs);
    QFile::remove(sessionFilePath());
    print(QJsonObject{{QStringLiteral("loggedOut"), true}},
          QCoreApplication::translate("CliApp", "Logged out.\n"));
    return kExitOk;
}

int CliApp::status()
{
    if (int code = connectSaved(); code != kExitOk)
        return code;
    const UserInfo &user = m_session->user();
    const QDateTime lastSync = m_session->replica()->lastSyncAt();
    const int pending = m_session->outbox()->pendingCount();
    const int rejected = m_session->outbox()->rejectedCount();
    print(QJsonObject{{QStringLiteral("server"), m_session->address().toString()},
                      {QStringLiteral("username"), user.username},
                      {QStringLiteral("role"), roleName(user.role)},
                      {QStringLiteral("online"), m_session->linkState() == ClientSession::LinkState::Online},
                      {QStringLiteral("lastSeq"), m_session->replica()->lastSeq()},
                      {QStringLiteral("lastSync"), lastSync.toString(Qt::ISODate)},
                      {QStringLiteral("pending"), pending},
                      {QStringLiteral("rejected"), rejected}},
          QCoreApplication::translate("CliApp", "Server:    %1\nUser:      %2 (%3)\nLast sync: %4 (sequence "
                                                "%5)\nOutbox:    %6 pending, %7 rejected\n")
              .arg(m_session->address().toString(), user.displayName, roleDisplayName(user.role),
                   lastSync.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
              .arg(m_session->replica()->lastSeq())
              .arg(pending)
              .arg(rejected));
    return kExitOk;
}

int CliApp::towns()
{
    if (int code = connectSaved(); code != kExitOk)
        return code;
    QJsonArray json;
    QString text;
    for (const Region &region : m_session->replica()->regions()) {
        if (!isTownLevel(region.kind))
            continue;
        json.append(QJsonObject{{QStringLiteral("id"), region.id},
                                {QStringLiteral("name"), region.name},
                                {QStringLiteral("kind"), regionKindName(region.kind)}});
        text += QStringLiteral("%1\t%2\n").arg(region.id).arg(region.name);
    }
    print(json, text);
    return kExitOk;
}

int CliApp::areas()
{
    if (!m_parser.isSet(QStringLiteral("town")))
        return usage(QCoreApplication::translate("CliApp", "areas needs --town."));
    if (int code = connectSaved(); code != kExitOk)
        return code;
    const std::optional<qint64> town = findTown(m_parser.value(QStringLiteral("town")));
    if (!town)
        return usage(QCoreApplication::translate("CliApp", "No town \"%1\" among those you can see.")
                         .arg(m_parser.value(QStringLiteral("town"))));
    // Which active grids cover each area: an area in none is a gap in the grid network.
    QHash<qint64, QStringList> coveredBy;
    for (const Grid &grid : m_session->replica()->grids(*town)) {
        if (grid.status != Grid::Status::Active)
            continue;
        for (qint64 area : grid.areaIds)
            coveredBy[area].append(grid.name);
    }
    QJsonArray json;
    QString text;
    for (const Region &region : m_session->replica()->regions()) {
        if (region.townId != *town || !isGridArea(region.kind))
            continue;
        const QStringList grids = coveredBy.value(region.id);
        json.append(QJsonObject{{QStringLiteral("id"), region.id},
                                {QStringLiteral("name"), region.name},
                                {QStringLiteral("kind"), regionKindName(region.kind)},
                                {QStringLiteral("code"), region.code},
                                {QStringLiteral("grids"), QJsonArray::fromStringList(grids)}});
        text += QStringLiteral("%1\t%2\t%3\t%4\n")
                    .arg(region.id)
                    .arg(region.name, regionKindDisplayName(region.kind),
                         grids.isEmpty() ? QCoreApplication::translate("CliApp", "(no grid)")
                                         : grids.join(QStringLiteral("、")));
    }
    print(json, text);
    return kExitOk;
}

std::optional<qint64> CliApp::findTown(const QString &nameOrId) const
{
    for (const Region &region : m_session->replica()->regions()) {
        if (isTownLevel(region.kind) && (region.name == nameOrId || QString::number(region.id) == nameOrId))
            return region.id;
    }
    return std::nullopt;
}

int CliApp::grids()
{
    if (int code = connectSaved(); code != kExitOk)
        return code;
    QList<qint64> townIds;
    if (m_parser.isSet(QStringLiteral("town"))) {
        const std::optional<qint64> town = findTown(m_parser.value(QStringLiteral("town")));
        if (!town)
            return usage(QCoreApplication::translate("CliApp", "No town \"%1\" among those you can see.")
                             .arg(m_parser.value(QStringLiteral("town"))));
        townIds.append(*town);
    } else {
        for (const Region &region : m_session->replica()->regions()) {
            if (isTownLevel(region.kind))
                townIds.append(region.id);
        }
    }
    QHash<qint64, QString> names;
    for (const Region &region : m_session->replica()->regions())
        names.insert(region.id, region.name);
    QJsonArray json;
    QString text;
    for (qint64 townId : townIds) {
        for (const Grid &grid : m_session->replica()->grids(townId)) {
            QJsonArray areas;
            QStringList areaNames;
            for (qint64 area : grid.areaIds) {
                areas.append(names.value(area));
                areaNames.append(names.value(area));
            }
            json.append(QJsonObject{{QStringLiteral("id"), grid.id},
                                    {QStringLiteral("town"), names.value(townId)},
                                    {QStringLiteral("name"), grid.name},
                                    {QStringLiteral("status"), Grid::statusName(grid.status)},
                                    {QStringLiteral("revision"), grid.revision},
                                    {QStringLiteral("areas"), areas}});
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(grid.id)
                        .arg(names.value(townId), grid.name, Grid::statusName(grid.status),
                             areaNames.join(QStringLiteral("、")));
        }
    }
    print(json, text);
    return kExitOk;
}

int CliApp::createGrid()
{
    // Ends this function's signal connections with it: the lambdas capture its locals.
    QObject scope;
    const QString name = m_parser.value(QStringLiteral("name"));
    const QStringList areaNames = m_parser.values(QStringLiteral("area"));
    if (!m_parser.isSet(QStringLiteral("town")) || name.isEmpty() || areaNames.isEmpty())
        return usage(QCoreApplication::translate(
            "CliApp", "grid-create needs --town, --name and at least one --area."));
    if (int code = connectSaved(); code != kExitOk)
        return code;
    const std::optional<qint64> town = findTown(m_parser.value(QStringLiteral("town")));
    if (!town)
        return usage(QCoreApplication::translate("CliApp", "No town \"%1\" among those you can see.")
                         .arg(m_parser.value(QStringLiteral("town"))));
    QCborArray areaIds;
    for (const QString &areaName : areaNames) {
        std::optional<qint64> found;
        for (const Region &region : m_session->replica()->regions()) {
            if (region.townId == *town && isGridArea(region.kind) && region.name == areaName)
                found = region.id;
        }
        if (!found)
            return usage(
                QCoreApplication::translate("CliApp", "No village, community or park \"%1\" in this town.")
                    .arg(areaName));
        areaIds.append(*found);
    }
    QCborMap args;
    args.insert(QStringLiteral("townId"), *town);
    args.insert(QStringLiteral("name"), name);
    args.insert(QStringLiteral("areaIds"), areaIds);

    std::optional<QCborMap> applied;
    std::optional<Error> rejected;
    QString commandId;
    QObject::connect(m_session.get(), &ClientSession::commandApplied, &scope,
                     [&](const QString &id, const QCborMap &result) {
                         if (id == commandId)
                             applied = result;
                     });
    QObject::connect(m_session.get(), &ClientSession::commandRejected, &scope,
                     [&](const QString &id, const Error &error) {
                         if (id == commandId)
                             rejected = error;
                     });
    auto queued = m_session->submit(QString::fromLatin1(cmd::kGridCreate), args,
                                    QCoreApplication::translate("CliApp", "Create grid %1").arg(name));
    if (!queued)
        return failWith(queued.error());
    commandId = queued.value();
    if (!waitFor(
            [&] { return applied || rejected || m_session->linkState() != ClientSession::LinkState::Online; },
            kTimeoutMs)
        || (!applied && !rejected)) {
        err() << QCoreApplication::translate(
            "CliApp", "Saved in the outbox; run gridsafe-cli sync when the server is reachable.")
              << Qt::endl;
        return kExitQueued;
    }
    if (rejected) {
        // The user has seen the error; a rejected CLI command is not kept for later.
        if (Status removed = m_session->outbox()->remove(commandId); !removed)
            err() << removed.error().message << Qt::endl;
        return failWith(*rejected);
    }
    const qint64 gridId = applied->value(QStringLiteral("gridId")).toInteger();
    print(QJsonObject{{QStringLiteral("gridId"), gridId},
                      {QStringLiteral("revision"), applied->value(QStringLiteral("revision")).toInteger()},
                      {QStringLiteral("commandId"), commandId}},
          QCoreApplication::translate("CliApp", "Created grid %1 (id %2).\n").arg(name).arg(gridId));
    return kExitOk;
}

int CliApp::sync()
{
    if (int code = connectSaved(); code != kExitOk)
        return code;
    waitFor([&] { return m_session->outbox()->pendingCount() == 0 && !m_session->isSending(); }, kTimeoutMs);
    waitFor([&] { return !m_session->isSyncing(); }, kTimeoutMs);
    const int pending = m_session->outbox()->pendingCount();
    const int rejected = m_session->outbox()->rejectedCount();
    print(QJsonObject{{QStringLiteral("lastSeq"), m_session->replica()->lastSeq()},
                      {QStringLiteral("pending"), pending},
                      {QStringLiteral("rejected"), rejected}},
          QCoreApplication::translate("CliApp", "Synchronised to sequence %1; %2 pending, %3 rejected.\n")
              .arg(m_session->replica()->lastSeq())
              .arg(pending)
              .arg(rejected));
    return pending > 0 ? kExitQueued : kExitOk;
}

} // namespace gridsafe
