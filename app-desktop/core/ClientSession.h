#pragma once
// The client core both front ends share: one server, one user. Logs in, keeps the
// connection (reconnecting with the session token after a drop), keeps the replica current,
// and sends the outbox in order. Widgets and the CLI talk only to this.

#include "core/ServerAddress.h"
#include "core/UserInfo.h"
#include "util/Result.h"

#include <functional>

#include <QCborMap>
#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace gridsafe {

class CertificatePinStore;
class Connection;
class Outbox;
class Replica;
class SyncEngine;

class ClientSession : public QObject
{
    Q_OBJECT

public:
    enum class LinkState { Offline, Connecting, Online };

    explicit ClientSession(QString dataDir, QObject *parent = nullptr);
    ~ClientSession() override;

    CertificatePinStore &pins() { return *m_pins; }
    void setTrustOnFirstUse(bool trust);
    void setClientName(const QString &name);
    // Changes per pulled page (1 … 2000; default 500): smaller pages show progress sooner.
    void setSyncPageSize(int pageSize);

    void login(const ServerAddress &address, const QString &username, const QString &password);
    // Resumes a saved session. When the replica knows the user from an earlier login, the
    // session opens at once from it (loginSucceeded before any network) and connects in the
    // background, so the program works with the server down; otherwise it waits for the
    // server as login() does.
    void resume(const ServerAddress &address, const QString &username, const QString &token);
    void logout();

    LinkState linkState() const { return m_linkState; }
    bool isLoggedIn() const { return !m_token.isEmpty(); }
    const UserInfo &user() const { return m_user; }
    const QString &token() const { return m_token; }
    const ServerAddress &address() const { return m_address; }
    // The certificate fingerprint the server showed on the last connection attempt, for
    // asking the user whether to trust it.
    QString presentedFingerprint() const;
    Replica *replica() const { return m_replica.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    bool isSyncing() const;
    bool isSending() const { return m_sending; }

    // Queues a domain command; it is sent now if online, else when the link is back.
    // `buildsOn`: the queued command whose result this one needs (Outbox).
    Result<QString> submit(const QString &name, const QCborMap &args, const QString &summary,
                           const QString &buildsOn = {});
    void syncNow();
    // A request that needs the server now (an import's staging, an enterprise's history):
    // offline, the callback gets a `network` error at once. It runs exactly once.
    void ask(const QString &type, const QCborMap &body,
             std::function<void(const Result<QCborMap> &)> callback, int timeoutMs = 60000);
    // Offline with a session: try the server at once instead of at the next scheduled retry.
    void reconnectNow();
    // Resolving a command the server refused: send it once more, or drop it for good.
    // Only rejected commands: a pending one may already be on its way.
    Status retryRejected(const QString &commandId);
    // Drops it and the queued commands built on it (they cannot be sent without it).
    Status discardRejected(const QString &commandId);
    // Sends a refused command again with the user's corrected arguments.
    Result<QString> resubmitRejected(const QString &commandId, const QCborMap &args, const QString &summary);
    // Why the last connection attempt failed (empty once connected).
    const QString &lastConnectionError() const { return m_lastConnectionError; }

Q_SIGNALS:
    void loginSucceeded();
    void loginFailed(const gridsafe::Error &error);
    void loggedOut(); // after the server ended the session (or at once when offline)
    void linkStateChanged(gridsafe::ClientSession::LinkState state);
    // A connection attempt failed (after loginSucceeded the session keeps retrying).
    void connectionFailed(const gridsafe::Error &error);
    void syncStarted();
    void syncProgress(qint64 done, qint64 total);
    void syncFinished(bool ok, const QString &message);
    void commandApplied(const QString &commandId, const QCborMap &result);
    void commandRejected(const QString &commandId, const gridsafe::Error &error);
    void sessionEnded(const QString &reason);
    void outboxChanged();

private:
    void start(const ServerAddress &address, const QString &username, bool openFromReplica);
    Status openReplica();
    void onOpened();
    void onAuthenticated(const QCborMap &reply);
    bool replicaAdopted(const Status &adopted);
    void onConnectionFailed(const Error &error);
    void onNote(const QString &type, const QCborMap &body);
    void flushOutbox();
    void scheduleReconnect();
    void setLinkState(LinkState state);
    void endSession(const QString &reason);

    QString m_dataDir;
    std::unique_ptr<CertificatePinStore> m_pins;
    Connection *m_connection;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<Outbox> m_outbox;
    SyncEngine *m_sync = nullptr;
    ServerAddress m_address;
    QString m_username;
    QString m_password; // only until the login reply
    QString m_token;
    QString m_lastConnectionError;
    UserInfo m_user;
    LinkState m_linkState = LinkState::Offline;
    bool m_announcedLogin = false;
    bool m_sending = false;
    int m_syncPageSize = 2000; // the server bounds a page to about 1 MiB as well
    QTimer m_reconnectTimer;
    int m_reconnectDelayMs = 1000;
};

} // namespace gridsafe
