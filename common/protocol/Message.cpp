#include "protocol/Message.h"

#include "protocol/CborStrictness.h"
#include "protocol/MessageType.h"
#include "protocol/ProtocolConstants.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QtEndian>

namespace gridsafe {

namespace {

const QString kKeyVersion = QStringLiteral("v");
const QString kKeyId = QStringLiteral("id");
const QString kKeyType = QStringLiteral("type");
const QString kKeyBody = QStringLiteral("body");

Error badMessage(const QString &what)
{
    return makeError(ErrorCode::BadMessage, what);
}

} // namespace

QByteArray Message::toCbor() const
{
    QCborMap map;
    map.insert(kKeyVersion, version);
    if (id)
        map.insert(kKeyId, qint64(*id));
    map.insert(kKeyType, type);
    map.insert(kKeyBody, body);
    return map.toCborValue().toCbor();
}

QByteArray Message::toFrame() const
{
    const QByteArray payload = toCbor();
    QByteArray frame(int(kFrameHeaderBytes), Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), frame.data());
    frame.append(payload);
    return frame;
}

Result<Message> Message::fromCbor(const QByteArray &cbor)
{
    // First, on the raw bytes: this also bounds the nesting the parser below recurses into.
    if (Status strict = checkStrictCbor(cbor); !strict)
        return strict.error();
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(cbor, &parseError);
    if (parseError.error != QCborError::NoError)
        return makeError(ErrorCode::BadCbor, QStringLiteral("malformed CBOR at byte %1: %2")
                                                 .arg(parseError.offset)
                                                 .arg(parseError.errorString()));
    if (!value.isMap())
        return badMessage(QStringLiteral("a message must be a CBOR map"));

    const QCborMap map = value.toMap();
    Message message;
    const QCborValue version = map.value(kKeyVersion);
    if (!version.isInteger())
        return badMessage(QStringLiteral("field 'v' must be an integer"));
    message.version = int(version.toInteger());

    const QCborValue id = map.value(kKeyId);
    if (!id.isUndefined() && !id.isNull()) {
        if (!id.isInteger() || id.toInteger() < 0)
            return badMessage(QStringLiteral("field 'id' must be a non-negative integer"));
        message.id = quint64(id.toInteger());
    }

    const QCborValue type = map.value(kKeyType);
    if (!type.isString() || type.toString().isEmpty())
        return badMessage(QStringLiteral("field 'type' must be a non-empty text string"));
    message.type = type.toString();

    const QCborValue body = map.value(kKeyBody);
    if (!body.isUndefined() && !body.isNull()) {
        if (!body.isMap())
            return badMessage(QStringLiteral("field 'body' must be a map"));
        message.body = body.toMap();
    }
    return message;
}

Message Message::reply(quint64 id, QCborMap body)
{
    Message message;
    message.id = id;
    message.type = QString::fromLatin1(msg::kReply);
    message.body = std::move(body);
    return message;
}

Message Message::error(std::optional<quint64> id, const Error &error, QCborMap details)
{
    Message message;
    message.id = id;
    message.type = QString::fromLatin1(msg::kError);
    QCborMap body;
    body.insert(QStringLiteral("code"), errorCodeName(error.code));
    body.insert(QStringLiteral("message"), error.message);
    if (!details.isEmpty())
        body.insert(QStringLiteral("details"), details);
    message.body = body;
    return message;
}

Message Message::note(QString type, QCborMap body)
{
    Message message;
    message.type = std::move(type);
    message.body = std::move(body);
    return message;
}

Error errorFromMessage(const Message &message)
{
    ErrorCode code = ErrorCode::Internal;
    const QString name = message.body.value(QStringLiteral("code")).toString();
    if (!errorCodeFromName(name, &code))
        code = ErrorCode::Internal;
    return makeError(code, message.body.value(QStringLiteral("message")).toString());
}

} // namespace gridsafe
