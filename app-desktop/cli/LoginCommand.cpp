#include "cli/LoginCommand.h"

#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "cli/SessionWaiter.h"
#include "core/CertificatePinStore.h"
#include "protocol/CertificateFingerprint.h"
#include "util/PasswordPrompt.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace gridsafe {

int LoginCommand::run(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    ClientSession &session = context.session();
    auto address = ServerAddress::parse(parser.value(QStringLiteral("server")));
    if (!address)
        return CliContext::usage(address.error().message);
    const QString username = parser.value(QStringLiteral("user"));
    if (username.isEmpty())
        return CliContext::usage(QCoreApplication::translate("CliApp", "login needs --user."));
    if (parser.isSet(QStringLiteral("fingerprint"))) {
        const std::optional<QString> pin = normalizeFingerprint(parser.value(QStringLiteral("fingerprint")));
        if (!pin)
            return CliContext::usage(QCoreApplication::translate(
                "CliApp", "--fingerprint wants the SHA-256 fingerprint the server prints: 32 hex pairs, "
                          "e.g. AB:CD:…"));
        session.pins().setPin(address->toString(), *pin);
    }
    QString password;
    if (parser.isSet(QStringLiteral("password-file"))) {
        QFile file(parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return CliContext::usage(
                QCoreApplication::translate("CliApp", "Cannot read the password file %1.")
                    .arg(file.fileName()));
        password = QString::fromUtf8(file.readLine()).trimmed();
    } else {
        password = readPassword(QCoreApplication::translate("CliApp", "Password for %1: ").arg(username),
                                parser.value(QStringLiteral("password-env")).toLatin1().constData());
    }
    if (password.isEmpty())
        return CliContext::usage(QCoreApplication::translate("CliApp", "No password given."));

    std::optional<Error> failure;
    bool succeeded = false;
    SessionWaiter waiter(session);
    waiter.on(&ClientSession::loginSucceeded, [&] { succeeded = true; });
    waiter.on(&ClientSession::loginFailed, [&](const Error &error) { failure = error; });
    session.login(address.value(), username, password);
    if (!waiter.waitUntil([&] { return succeeded || failure; }))
        return context.failWith(SessionWaiter::noAnswer());
    if (failure)
        return context.failWith(*failure);
    if (!context.saveSession())
        return context.failWith(makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("CliApp", "Cannot save the session in %1.").arg(context.dataDir())));
    const UserInfo &user = session.user();
    context.print(QJsonObject{{QStringLiteral("username"), user.username},
                              {QStringLiteral("displayName"), user.displayName},
                              {QStringLiteral("role"), roleName(user.role)}},
                  QCoreApplication::translate("CliApp", "Logged in as %1 (%2).\n")
                      .arg(user.displayName, roleDisplayName(user.role)));
    return kExitOk;
}

} // namespace gridsafe
