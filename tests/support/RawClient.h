#pragma once
// A bare protocol client for tests that must send what a well-behaved client never would:
// raw bytes, broken frames, out-of-order requests.

#include "protocol/FrameReader.h"
#include "protocol/Message.h"

#include <QQueue>
#include <QSslSocket>

#include <functional>
#include <optional>

namespace gridsafe::test {

class RawClient
{
public:
    RawClient();

    bool connectTo(quint16 port);
    void sendBytes(const QByteArray &bytes);
    void send(const Message &message);
    // Sends a request with the next id and returns the reply (or error) for it.
    std::optional<Message> request(const QString &type, const QCborMap &body, int timeoutMs = 10000);
    std::optional<Message> nextMessage(int timeoutMs = 10000);
    // The reply (or error) to request `id`, skipping notes.
    std::optional<Message> replyTo(quint64 id, int timeoutMs = 10000);
    bool waitForDisconnect(int timeoutMs = 10000);
    bool isConnected() const;

    // hello + auth.login; true when both succeeded.
    bool helloAndLogin(const QString &username, const QString &password);

    // For driving many clients from one event loop (the bench): sends a request without
    // waiting and returns its id; once a handler is set, every message goes to it rather
    // than to the queue nextMessage() reads.
    quint64 sendRequest(const QString &type, const QCborMap &body);
    void setMessageHandler(std::function<void(const Message &)> handler) { m_handler = std::move(handler); }

private:
    void readAvailable();

    QSslSocket m_socket;
    FrameReader m_reader;
    QQueue<Message> m_received;
    quint64 m_nextId = 1;
    std::function<void(const Message &)> m_handler;
};

} // namespace gridsafe::test
