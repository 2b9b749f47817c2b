#include "RawClient.h"

#include "Wait.h"
#include "protocol/MessageType.h"
#include "protocol/ProtocolConstants.h"

namespace gridsafe::test {

RawClient::RawClient() : m_reader(kMaxFrameBytes)
{
    QObject::connect(&m_socket, &QSslSocket::sslErrors, &m_socket, [this] { m_socket.ignoreSslErrors(); });
    QObject::connect(&m_socket, &QSslSocket::readyRead, &m_socket, [this] { readAvailable(); });
}

bool RawClient::connectTo(quint16 port)
{
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return waitUntil([this] { return m_socket.isEncrypted(); });
}

bool RawClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawClient::sendBytes(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

void RawClient::send(const Message &message)
{
    sendBytes(message.toFrame());
}

void RawClient::readAvailable()
{
    m_reader.append(m_socket.readAll());
    QByteArray payload;
    while (m_reader.next(&payload) == FrameReader::Status::FrameReady) {
        auto message = Message::fromCbor(payload);
        if (message && m_handler)
            m_handler(message.value());
        else if (message)
            m_received.enqueue(message.value());
    }
}

std::optional<Message> RawClient::nextMessage(int timeoutMs)
{
    if (!waitUntil([this] { return !m_received.isEmpty(); }, timeoutMs))
        return std::nullopt;
    return m_received.dequeue();
}

quint64 RawClient::sendRequest(const QString &type, const QCborMap &body)
{
    Message message;
    message.id = m_nextId++;
    message.type = type;
    message.body = body;
    send(message);
    return *message.id;
}

std::optional<Message> RawClient::request(const QString &type, const QCborMap &body, int timeoutMs)
{
    return replyTo(sendRequest(type, body), timeoutMs);
}

std::optional<Message> RawClient::replyTo(quint64 id, int timeoutMs)
{
    for (;;) {
        std::optional<Message> next = nextMessage(timeoutMs);
        if (!next)
            return std::nullopt;
        if (next->id == id || (!next->id && next->type == QLatin1String(msg::kError)))
            return next;
    }
}

bool RawClient::waitForDisconnect(int timeoutMs)
{
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

bool RawClient::helloAndLogin(const QString &username, const QString &password)
{
    QCborMap hello;
    hello.insert(QStringLiteral("protocol"), kProtocolVersion);
    auto helloReply = request(QString::fromLatin1(msg::kHello), hello);
    if (!helloReply || helloReply->type != QLatin1String(msg::kReply))
        return false;
    QCborMap login;
    login.insert(QStringLiteral("username"), username);
    login.insert(QStringLiteral("password"), password);
    auto loginReply = request(QString::fromLatin1(msg::kLogin), login);
    return loginReply && loginReply->type == QLatin1String(msg::kReply);
}

} // namespace gridsafe::test
