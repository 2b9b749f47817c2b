#include "cli/CliApp.h"

#include "cli/AreasCommand.h"
#include "cli/CliContext.h"
#include "cli/CliExitCode.h"
#include "cli/GapsCommand.h"
#include "cli/GridCreateCommand.h"
#include "cli/GridsCommand.h"
#include "cli/ImportEnterprisesCommand.h"
#include "cli/InspectorsCommand.h"
#include "cli/LoginCommand.h"
#include "cli/LogoutCommand.h"
#include "cli/StatusCommand.h"
#include "cli/SyncCommand.h"
#include "cli/TownsCommand.h"
#include "util/ConsoleStreams.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <vector>

namespace gridsafe {

namespace {

// The command table. The help text lists the commands in one translated message, so a new
// command goes there too.
std::vector<std::unique_ptr<CliCommand>> makeCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<LoginCommand>());
    commands.push_back(std::make_unique<LogoutCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<TownsCommand>());
    commands.push_back(std::make_unique<GridsCommand>());
    commands.push_back(std::make_unique<AreasCommand>());
    commands.push_back(std::make_unique<InspectorsCommand>());
    commands.push_back(std::make_unique<GapsCommand>());
    commands.push_back(std::make_unique<GridCreateCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<ImportEnterprisesCommand>());
    return commands;
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "CliApp", "GridSafe command-line client.\n\nCommands:\n"
                  "  login                 log in and remember the session\n"
                  "  logout                end the session\n"
                  "  status                server, user, link, last sync, outbox\n"
                  "  towns                 list the towns you can see\n"
                  "  grids [--town T]      list grids (of town T: name or id)\n"
                  "  areas --town T        villages, communities and parks of T, with their grids\n"
                  "  inspectors [--town T] grid inspectors, their certificates and grids\n"
                  "  gaps [--town T]       coverage gaps: areas in no grid, grids without a certified\n"
                  "                        inspector, a missing or stale filing\n"
                  "  grid-create --town T --name N --area A [--area A ...]\n"
                  "  sync                  pull changes and send pending commands\n"
                  "  import-enterprises FILE [--dry-run] [--skip-invalid] [--map TITLE=FIELD ...]\n"
                  "                        check an enterprise list (.xlsx, .csv) on the server and\n"
                  "                        import it: only when every row is valid, or its valid rows\n"
                  "                        with --skip-invalid; --dry-run imports nothing. Exit 5 when\n"
                  "                        rows have problems, 2 for a file that cannot be used\n\n"
                  "The password comes from --password-file, the environment variable named by "
                  "--password-env (default GRIDSAFE_PASSWORD), or a prompt; never from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
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
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("CliApp",
                                     "Check the rows and report; import nothing (import-enterprises).")},
        {QStringLiteral("skip-invalid"),
         QCoreApplication::translate("CliApp", "Import the valid rows even when others have problems "
                                               "(import-enterprises).")},
        {QStringLiteral("map"),
         QCoreApplication::translate("CliApp", "The column titled TITLE feeds FIELD, or none "
                                               "(import-enterprises; repeatable)."),
         QCoreApplication::translate("CliApp", "title=field")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("CliApp", "What to do."));
}

} // namespace

int CliApp::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeOptions(parser);
    if (!parser.parse(arguments))
        return CliContext::usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "gridsafe-cli " << GRIDSAFE_VERSION << Qt::endl;
        return kExitOk;
    }
    CliContext context(parser);
    const QString name = parser.positionalArguments().value(0);
    for (const std::unique_ptr<CliCommand> &command : makeCommands()) {
        if (command->name() == name)
            return command->run(context);
    }
    return CliContext::usage(
        name.isEmpty()
            ? QCoreApplication::translate("CliApp", "Name a command; see --help.")
            : QCoreApplication::translate("CliApp", "Unknown command \"%1\"; see --help.").arg(name));
}

} // namespace gridsafe
