#pragma once
// A desktop-like client for integration tests: a ClientSession with its own data folder,
// the test server's certificate pinned, and everything it signals recorded.

#include "TestServer.h"
#include "core/ClientSession.h"

#include <QHash>
#include <QTemporaryDir>

#include <optional>

namespace gridsafe::test {

class TestClient
{
public:
    explicit TestClient(TestServer &server);

    ClientSession &session() { return *m_session; }
    // Logs in and waits for the first sync; false (with `lastError`) when refused.
    bool login(const QString &username, const QString &password);
    // Submits and waits for the server's verdict.
    std::optional<QCborMap> runCommand(const QString &name, const QCborMap &args, Error *rejection = nullptr);

    std::optional<Error> lastError;
    std::optional<QString> sessionEndedReason;
    int syncsFinished = 0;
    QHash<QString, QCborMap> applied;
    QHash<QString, Error> rejected;

private:
    TestServer &m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<ClientSession> m_session;
    bool m_loggedIn = false;
};

} // namespace gridsafe::test
