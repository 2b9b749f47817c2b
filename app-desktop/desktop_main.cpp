// gridsafe — the desktop program. Parses options and hands them to DesktopApp.

#include "i18n/Translations.h"
#include "ui/DesktopApp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GridSafe"));
    QApplication::setApplicationName(QStringLiteral("gridsafe"));
    QApplication::setApplicationVersion(QStringLiteral(GRIDSAFE_VERSION));

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gridsafe.svg")));

    // The language comes first so that --help is translated too: --language, else the one
    // chosen in the program's menu, else Chinese.
    QString language;
    QString dataDirArgument;
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        for (const auto &[name, target] : {std::pair{QStringLiteral("--language"), &language},
                                           std::pair{QStringLiteral("--data-dir"), &dataDirArgument}}) {
            if (arguments.at(i) == name && i + 1 < arguments.size())
                *target = arguments.at(i + 1);
            else if (arguments.at(i).startsWith(name + QLatin1Char('=')))
                *target = arguments.at(i).section(QLatin1Char('='), 1);
        }
    }
    if (language.isEmpty())
        language = gridsafe::DesktopApp::savedLanguage(
            dataDirArgument.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                      : dataDirArgument);
    if (language.isEmpty())
        language = QStringLiteral("zh_CN");
    gridsafe::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "GridSafe: grid-based safety supervision of industrial enterprises."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("main", "Server to connect to (prefilled)."),
                                    QCoreApplication::translate("main", "host:port"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("main", "User name (prefilled)."),
                                  QCoreApplication::translate("main", "name"));
    const QCommandLineOption passwordEnv(
        QStringLiteral("password-env"),
        QCoreApplication::translate("main",
                                    "Log in at once with the password held in this environment variable."),
        QCoreApplication::translate("main", "variable"));
    const QCommandLineOption pin(
        QStringLiteral("pin"),
        QCoreApplication::translate("main", "Trust this SHA-256 certificate fingerprint for --server."),
        QCoreApplication::translate("main", "fingerprint"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("main", "Folder for the local data."),
                                     QCoreApplication::translate("main", "folder"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Language of the user interface: zh_CN or en."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "After login and the first sync, save the main window as PNG and quit."),
        QCoreApplication::translate("main", "file"));
    parser.addOptions({server, user, passwordEnv, pin, dataDir, languageOption, screenshot});
    parser.process(app);

    gridsafe::DesktopApp::Options options;
    options.dataDir = parser.isSet(dataDir)
                          ? parser.value(dataDir)
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.server = parser.value(server);
    options.user = parser.value(user);
    if (parser.isSet(passwordEnv))
        options.password = qEnvironmentVariable(qPrintable(parser.value(passwordEnv)));
    options.pinFingerprint = parser.value(pin);
    options.screenshotPath = parser.value(screenshot);
    QDir().mkpath(options.dataDir);

    gridsafe::DesktopApp desktop(options);
    QObject::connect(&desktop, &gridsafe::DesktopApp::finished, &app,
                     [](int exitCode, const QString &message) {
                         if (!message.isEmpty())
                             std::fprintf(exitCode == 0 ? stdout : stderr, "%s\n", qPrintable(message));
                         QCoreApplication::exit(exitCode);
                     });
    if (gridsafe::Status started = desktop.start(); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return 2;
    }
    return QApplication::exec();
}
