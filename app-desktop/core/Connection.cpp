#include "core/Connection.h"

#include "core/CertificatePinStore.h"
#include "protocol/CertificateFingerprint.h"
#include "protocol/Message.h"
#include "protocol/MessageType.h"
#include "protocol/ProtocolConstants.h"

#include <QDebug>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace gridsafe {

namespace {

constexpr int kConnectTimeoutMs = 15000;

} // namespace

Connection::Connection(CertificatePinStore &pins, QObject *parent) :
    QObject(parent),
    m_pins(pins),
    m_reader(kMaxFrameBytes)
{}

Connection::~Connection()
{
    failPending(makeError(ErrorCode::Network, tr("The connection was closed.")));
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Connection::open(const ServerAddress &address)
{
    close();
    m_address = address;
    m_pendingError.reset();
    m_presentedFingerprint.clear();
    m_reader = FrameReader(kMaxFrameBytes);
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration tls = socket->sslConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    socket->setSslConfiguration(tls);
    socket->setPeerVerifyName(address.host);
    // Small requests, answered at once: no Nagle delay.
    connect(socket, &QSslSocket::connected, socket,
            [socket] { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    connect(socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    connect(socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &Connection::onDisconnected);
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        if (socket != m_socket)
            return;
        if (!m_pendingError)
            m_pendingError = makeError(
                ErrorCode::Network,
                tr("Cannot reach the server %1: %2").arg(m_address.toString(), socket->errorString()));
        if (socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    setState(State::Connecting);
    QTimer::singleShot(kConnectTimeoutMs, socket, [this, socket] {
        if (socket == m_socket && m_state == State::Connecting)
            abortWith(makeError(ErrorCode::Network,
                                tr("The server %1 did not answer in time.").arg(m_address.toString())));
    });
    socket->connectToHostEncrypted(address.host, address.port);
}

void Connection::close()
{
    if (!m_socket)
        return;
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    failPending(makeError(ErrorCode::Network, tr("The connection was closed.")));
    setState(State::Disconnected);
}

void Connection::abortWith(const Error &error)
{
    m_pendingError = error;
    if (m_socket)
        m_socket->abort();
    onDisconnected();
}

void Connection::onSslErrors()
{
    const QString hostPort = m_address.toString();
    m_presentedFingerprint = certificateFingerprint(m_socket->peerCertificate());
    const std::optional<QString> pin = m_pins.pinFor(hostPort);
    if (pin) {
        if (*pin == m_presentedFingerprint) {
            m_socket->ignoreSslErrors();
            return;
        }
        m_pendingError = makeError(ErrorCode::CertificateChanged,
                                   tr("WARNING: the certificate of %1 has CHANGED.\nPinned: %2\nNow:    %3\n"
                                      "Someone may be intercepting the connection. Do not continue unless "
                                      "your administrator confirms the server was given a new certificate.")
                                       .arg(hostPort, *pin, m_presentedFingerprint));
        m_socket->abort();
        return;
    }
    if (m_trustOnFirstUse) {
        m_pins.setPin(hostPort, m_presentedFingerprint);
        m_socket->ignoreSslErrors();
        return;
    }
    m_pendingError = makeError(ErrorCode::CertificateUnknown,
                               tr("First connection to %1. Its certificate fingerprint is\n%2\n"
                                  "Compare it with the one the server administrator gave you.")
                                   .arg(hostPort, m_presentedFingerprint));
    m_socket->abort();
}

void Connection::onEncrypted()
{
    // A certificate from a trusted CA passes without sslErrors; a pin still holds if present.
    const QString hostPort = m_address.toString();
    m_presentedFingerprint = certificateFingerprint(m_socket->peerCertificate());
    const std::optional<QString> pin = m_pins.pinFor(hostPort);
    if (pin && *pin != m_presentedFingerprint) {
        abortWith(makeError(ErrorCode::CertificateChanged,
                            tr("WARNING: the certificate of %1 has CHANGED.\nPinned: %2\nNow:    %3")
                                .arg(hostPort, *pin, m_presentedFingerprint)));
        return;
    }
    if (!pin)
        m_pins.setPin(hostPort, m_presentedFingerprint);

    QCborMap hello;
    hello.insert(QStringLiteral("protocol"), kProtocolVersion);
    hello.insert(QStringLiteral("client"),
                 QStringLiteral("%1 %2").arg(m_clientName, QStringLiteral(GRIDSAFE_VERSION)));
    request(QString::fromLatin1(msg::kHello), hello, [this](const Result<QCborMap> &reply) {
        if (!reply) {
            abortWith(reply.error());
            return;
        }
        m_serverHello = reply.value();
        setState(State::Connected);
        Q_EMIT opened();
    });
}

void Connection::request(const QString &type, const QCborMap &body, Callback callback, int timeoutMs)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || !m_socket->isEncrypted()) {
        callback(makeError(ErrorCode::Network, tr("Not connected to the server.")));
        return;
    }
    Message message;
    message.id = m_nextId++;
    message.type = type;
    message.body = body;
    const quint64 id = *message.id;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] {
        if (m_pending.contains(id))
            abortWith(makeError(ErrorCode::Network, tr("The server did not answer in time.")));
    });
    timer->start(timeoutMs);
    m_pending.insert(id, Pending{std::move(callback), timer});
    m_socket->write(message.toFrame());
    // On its way now rather than when the event loop next runs: the sync asks for the next
    // page and then writes this one, and the server should be reading meanwhile.
    m_socket->flush();
}

void Connection::onReadyRead()
{
    while (m_socket && m_socket->bytesAvailable() > 0) {
        m_reader.append(m_socket->read(64 * 1024));
        QByteArray payload;
        for (;;) {
            const FrameReader::Status status = m_reader.next(&payload);
            if (status == FrameReader::Status::NeedMore)
                break;
            if (status == FrameReader::Status::TooLarge) {
                abortWith(makeError(ErrorCode::FrameTooLarge, tr("The server sent an oversized frame.")));
                return;
            }
            auto message = Message::fromCbor(payload);
            if (!message) {
                abortWith(message.error());
                return;
            }
            dispatch(message.value());
            if (!m_socket)
                return;
        }
    }
}

void Connection::dispatch(const Message &message)
{
    if (!message.id) {
        if (message.type == QLatin1String(msg::kError)) {
            const Error error = errorFromMessage(message);
            if (errorClosesConnection(error.code))
                m_pendingError = error; // reported when the server closes
            else
                qWarning() << "server error without request id:" << error.message;
            return;
        }
        Q_EMIT noteReceived(message.type, message.body);
        return;
    }
    const auto it = m_pending.find(*message.id);
    if (it == m_pending.end())
        return; // a reply to a request that already timed out
    Pending pending = *it;
    m_pending.erase(it);
    pending.timer->deleteLater();
    if (message.type == QLatin1String(msg::kError))
        pending.callback(errorFromMessage(message));
    else
        pending.callback(message.body);
}

void Connection::onDisconnected()
{
    if (!m_socket && m_state == State::Disconnected)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const Error error =
        m_pendingError.value_or(makeError(ErrorCode::Network, tr("The connection to the server was lost.")));
    m_pendingError.reset();
    failPending(error);
    setState(State::Disconnected);
    Q_EMIT failed(error);
}

void Connection::failPending(const Error &error)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &entry : pending) {
        entry.timer->deleteLater();
        entry.callback(error);
    }
}

} // namespace gridsafe
