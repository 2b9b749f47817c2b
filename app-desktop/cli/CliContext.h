#pragma once
// What gridsafe-cli's commands share: the parsed command line, the client session, the data
// folder with the saved session, and how results and failures are printed.

#include "core/ClientSession.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace gridsafe {

class CliContext
{
public:
    // Takes --data-dir, --json and --trust-on-first-use from the parsed command line.
    explicit CliContext(const QCommandLineParser &parser);

    const QCommandLineParser &parser() const { return m_parser; }
    ClientSession &session() { return m_session; }
    const QString &dataDir() const { return m_dataDir; }

    // Resumes the saved session and waits for the first sync; returns an exit code. With
    // `offlineAllowed`, an unreachable server is no failure when the replica knows the user:
    // the command answers from the replica (a note on stderr says so) and isOffline() is true.
    int connectSaved(bool offlineAllowed = true);
    bool isOffline() const { return m_offline; }
    bool saveSession() const;
    void removeSession() const;

    // Prints the error (also as JSON with --json) and returns the exit code for it.
    int failWith(const Error &error) const;
    // Static: CliApp reports a bad command line before there is a context.
    static int usage(const QString &message);
    void print(const QJsonValue &json, const QString &text) const;
    std::optional<qint64> findTown(const QString &nameOrId) const;
    // The town given by --town, or every town the replica holds; a usage exit code when
    // --town names none of them.
    int chosenTowns(QList<qint64> &towns) const;

private:
    QString sessionFilePath() const;

    const QCommandLineParser &m_parser;
    QString m_dataDir;
    bool m_json = false;
    bool m_offline = false;
    ClientSession m_session;
};

} // namespace gridsafe
