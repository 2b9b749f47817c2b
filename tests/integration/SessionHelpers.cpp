#include "SessionHelpers.h"

#include "Wait.h"
#include "core/CertificatePinStore.h"

namespace gridsafe::test {

TestClient::TestClient(TestServer &server) :
    m_server(server),
    m_session(std::make_unique<ClientSession>(m_dir.path()))
{
    m_session->pins().setPin(server.address().toString(), server.fingerprint());
    QObject::connect(m_session.get(), &ClientSession::loginSucceeded, [this] { m_loggedIn = true; });
    QObject::connect(m_session.get(), &ClientSession::loginFailed,
                     [this](const Error &error) { lastError = error; });
    QObject::connect(m_session.get(), &ClientSession::syncFinished, [this](bool ok, const QString &) {
        if (ok)
            ++syncsFinished;
    });
    QObject::connect(m_session.get(), &ClientSession::sessionEnded,
                     [this](const QString &reason) { sessionEndedReason = reason; });
    QObject::connect(m_session.get(), &ClientSession::commandApplied,
                     [this](const QString &id, const QCborMap &result) { applied.insert(id, result); });
    QObject::connect(m_session.get(), &ClientSession::commandRejected,
                     [this](const QString &id, const Error &error) { rejected.insert(id, error); });
}

bool TestClient::login(const QString &username, const QString &password)
{
    lastError.reset();
    m_loggedIn = false;
    const int syncsBefore = syncsFinished;
    m_session->login(m_server.address(), username, password);
    if (!waitUntil([&] { return m_loggedIn || lastError.has_value(); }))
        return false;
    if (!m_loggedIn)
        return false;
    return waitUntil([&] { return syncsFinished > syncsBefore; });
}

std::optional<QCborMap> TestClient::runCommand(const QString &name, const QCborMap &args, Error *rejection)
{
    auto id = m_session->submit(name, args, name);
    if (!id)
        return std::nullopt;
    const QString commandId = id.value();
    if (!waitUntil([&] { return applied.contains(commandId) || rejected.contains(commandId); }))
        return std::nullopt;
    if (rejected.contains(commandId)) {
        if (rejection)
            *rejection = rejected.value(commandId);
        return std::nullopt;
    }
    return applied.value(commandId);
}

} // namespace gridsafe::test
