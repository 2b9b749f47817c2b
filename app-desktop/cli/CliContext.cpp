#include "cli/CliContext.h"

#include "cli/CliExitCode.h"
#include "cli/SessionWaiter.h"
#include "core/Replica.h"
#include "util/ConsoleStreams.h"
#include "util/PrivateFileMode.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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

int CliContext::connectSaved()
{
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
    SessionWaiter waiter(m_session);
    waiter.on(&ClientSession::loginSucceeded, [&] { ready = true; });
    waiter.on(&ClientSession::loginFailed, [&](const Error &error) { failure = error; });
    waiter.on(&ClientSession::syncFinished, [&](bool ok, const QString &message) {
        synced = true;
        if (!ok)
            failure = makeError(ErrorCode::Network, message);
    });
    m_session.resume(address.value(), saved.value(QStringLiteral("username")).toString(),
                     saved.value(QStringLiteral("token")).toString());
    if (!waiter.waitUntil([&] { return (ready && synced) || failure; }))
        return failWith(SessionWaiter::noAnswer());
    if (failure)
        return failWith(*failure);
    return kExitOk;
}

QString CliContext::sessionFilePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("cli-session.json"));
}

bool CliContext::saveSession() const
{
    QDir().mkpath(m_dataDir);
    const PrivateFileMode privateMode;
    QSaveFile file(sessionFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject session{{QStringLiteral("server"), m_session.address().toString()},
                              {QStringLiteral("username"), m_session.user().username},
                              {QStringLiteral("token"), m_session.token()}};
    file.write(QJsonDocument(session).toJson());
    if (!file.commit())
        return false;
    // The token is a live credential: owner-only.
    return QFile::setPermissions(sessionFilePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void CliContext::removeSession() const
{
    QFile::remove(sessionFilePath());
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

} // namespace gridsafe
