#pragma once
// gridsafe-cli: scriptable access over the same client core as the desktop app.

#include "core/ClientSession.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>

namespace gridsafe {

class CliApp
{
public:
    int run(const QStringList &arguments);

private:
    int login();
    int logout();
    int status();
    int towns();
    int grids();
    int areas();
    int createGrid();
    int sync();

    // Resumes the saved session and waits for the first sync; returns an exit code.
    int connectSaved();
    bool waitFor(const std::function<bool()> &done, int timeoutMs);
    int failWith(const Error &error);
    int usage(const QString &message);
    void print(const QJsonValue &json, const QString &text);
    std::optional<qint64> findTown(const QString &nameOrId) const;

    QString sessionFilePath() const;
    bool saveSession() const;

    QCommandLineParser m_parser;
    std::unique_ptr<ClientSession> m_session;
    QString m_dataDir;
    bool m_json = false;
};

} // namespace gridsafe
