#pragma once
// One protocol message: the CBOR map {v, id, type, body} carried in a frame.

#include "util/Result.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include <optional>

namespace gridsafe {

struct Message
{
    int version = 1;
    std::optional<quint64> id; // absent on server notes
    QString type;
    QCborMap body;

    QByteArray toCbor() const;
    // The whole frame: 4-byte big-endian length, then the CBOR map.
    QByteArray toFrame() const;

    static Result<Message> fromCbor(const QByteArray &cbor);

    static Message reply(quint64 id, QCborMap body);
    static Message error(std::optional<quint64> id, const Error &error, QCborMap details = {});
    static Message note(QString type, QCborMap body);
};

// Reads an error reply back into an Error (for clients).
Error errorFromMessage(const Message &message);

} // namespace gridsafe
