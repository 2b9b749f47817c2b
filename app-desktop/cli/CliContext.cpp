#include "cli/CliContext.h"

#include "cli/CliExitCode.h"
#include "cli/SessionWaiter.h"
#include "core/Replica.h"
#include "core/SavedSession.h"
#include "util/ConsoleStreams.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace gridsafe {

namespace {

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

QString dataDirOption(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("data-dir"))
               ? parser.value(QStringLiteral("data-dir"))
               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

CliContext::CliContext(const QCommandLineParser &parser) :
    m_parser(parser),
    m_dataDir(dataDirOption(parser)),
    m_json(parser.isSet(QStringLiteral("json"))),
    m_session(m_dataDir)
{
    m_session.setClientName(QStringLiteral("gridsafe-cli"));
    m_session.setTrustOnFirstUse(parser.isSet(QStringLiteral("trust-on-first-use")));
}

int CliContext::connectSaved(bool offlineAllowed)
{
    const std::optional<SavedSession> saved = SavedSession::load(sessionFilePath());
    if (!saved)
        return failWith(makeError(
            ErrorCode::AuthRequired,
            QFile::exists(sessionFilePath())
                ? QCoreApplication::translate("CliApp", "The saved session is damaged: log in again.")
                : QCoreApplication::translate("CliApp", "Not logged in: run gridsafe-cli login first.")));
    std::optional<Error> failure;
    std::optional<Error> unreachable;
    bool ready = false;
    bool synced = false;
    SessionWaiter waiter(m_session);
    waiter.on(&ClientSession::loginSucceeded, [&] { ready = true; });
    waiter.on(&ClientSession::loginFailed, [&](const Error &error) { failure = error; });
    waiter.on(&ClientSession::connectionFailed, [&](const Error &error) {
        // Certificate trouble is never worked around by going offline.
        if (error.code == ErrorCode::CertificateChanged || error.code == ErrorCode::CertificateUnknown)
            failure = error;
        else
            unreachable = error;
    });
    waiter.on(&ClientSession::sessionEnded,
              [&](const QString &reason) { failure = makeError(ErrorCode::SessionExpired, reason); });
    waiter.on(&ClientSession::syncFinished, [&](bool ok, const QString &message) {
        synced = true;
        if (!ok)
            failure = makeError(ErrorCode::Network, message);
    });
    m_session.resume(saved->address, saved->username, saved->token);
    if (!waiter.waitUntil([&] { return (ready && synced) || failure || (ready && unreachable); }))
        return failWith(SessionWaiter::noAnswer());
    if (failure)
        return failWith(*failure);
    if (!synced && unreachable) {
        if (!offlineAllowed)
            return failWith(*unreachable);
        m_offline = true;
        const QDateTime lastSync = m_session.replica()->lastSyncAt();
        err() << QCoreApplication::translate("CliApp",
                                             "Offline (%1): answering from the local copy synchronised %2.")
                     .arg(unreachable->message,
                          lastSync.isValid()
                              ? lastSync.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              : QCoreApplication::translate("CliApp", "never"))
              << Qt::endl;
    }
    return kExitOk;
}

QString CliContext::sessionFilePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("cli-session.json"));
}

bool CliContext::saveSession() const
{
    return SavedSession{m_session.address(), m_session.user().username, m_session.token()}.save(
        sessionFilePath());
}

void CliContext::removeSession() const
{
    SavedSession::remove(sessionFilePath());
}

int CliContext::failWith(const Error &error) const
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

int CliContext::usage(const QString &message)
{
    err() << message << Qt::endl;
    return kExitUsage;
}

void CliContext::print(const QJsonValue &json, const QString &text) const
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

std::optional<qint64> CliContext::findTown(const QString &nameOrId) const
{
    for (const Region &region : m_session.replica()->regions()) {
        if (isTownLevel(region.kind) && (region.name == nameOrId || QString::number(region.id) == nameOrId))
            return region.id;
    }
    return std::nullopt;
}

int CliContext::chosenTowns(QList<qint64> &towns) const
{
    if (m_parser.isSet(QStringLiteral("town"))) {
        const std::optional<qint64> town = findTown(m_parser.value(QStringLiteral("town")));
        if (!town)
            return usage(QCoreApplication::translate("CliApp", "No town \"%1\" among those you can see.")
                             .arg(m_parser.value(QStringLiteral("town"))));
        towns.append(*town);
        return kExitOk;
    }
    for (const Region &region : m_session.replica()->regions()) {
        if (isTownLevel(region.kind))
            towns.append(region.id);
    }
    return kExitOk;
}

} // namespace gridsafe
