#pragma once
// The client end of the protocol: TLS with certificate pinning, framing, the hello
// exchange, request/response matching by id with timeouts, and server notes.

#include "core/ServerAddress.h"
#include "protocol/FrameReader.h"
#include "util/Result.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QSslSocket;
class QTimer;

namespace gridsafe {

class CertificatePinStore;
struct Message;

class Connection : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected };
    using Callback = std::function<void(const Result<QCborMap> &)>;

    Connection(CertificatePinStore &pins, QObject *parent = nullptr);
    ~Connection() override;

    // First contact with an unpinned server: pin silently (CLI --trust-on-first-use) or
    // fail with certificate_unknown so the user can be asked.
    void setTrustOnFirstUse(bool trust) { m_trustOnFirstUse = trust; }
    void setClientName(const QString &name) { m_clientName = name; }

    void open(const ServerAddress &address);
    void close();
    State state() const { return m_state; }
    const ServerAddress &address() const { return m_address; }
    const QCborMap &serverHello() const { return m_serverHello; }
    // The fingerprint of the certificate the server showed on the last attempt.
    const QString &presentedFingerprint() const { return m_presentedFingerprint; }

    // Sends a request; the callback runs exactly once, with the reply or an error.
    void request(const QString &type, const QCborMap &body, Callback callback, int timeoutMs = 30000);

Q_SIGNALS:
    void stateChanged(gridsafe::Connection::State state);
    void opened();
    void failed(const gridsafe::Error &error);
    void noteReceived(const QString &type, const QCborMap &body);

private:
    void onEncrypted();
    void onSslErrors();
    void onReadyRead();
    void onDisconnected();
    void dispatch(const Message &message);
    void setState(State state);
    void abortWith(const Error &error);
    void failPending(const Error &error);

    CertificatePinStore &m_pins;
    QPointer<QSslSocket> m_socket;
    ServerAddress m_address;
    FrameReader m_reader;
    State m_state = State::Disconnected;
    bool m_trustOnFirstUse = false;
    QString m_clientName = QStringLiteral("gridsafe");
    QString m_presentedFingerprint;
    std::optional<Error> m_pendingError;
    QCborMap m_serverHello;
    quint64 m_nextId = 1;
    struct Pending
    {
        Callback callback;
        QTimer *timer = nullptr;
    };
    QHash<quint64, Pending> m_pending;
};

} // namespace gridsafe
