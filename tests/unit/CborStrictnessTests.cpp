// The CBOR subset the protocol accepts: what Qt's parser would silently fold is refused
// with bad_message instead of being read as something the client did not send.

#include "protocol/CborStrictness.h"
#include "protocol/Message.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

namespace {

QByteArray text(const char *value)
{
    const QByteArray bytes(value);
    return QByteArray(1, char(0x60 + bytes.size())) + bytes;
}

// {"v": 1, "type": "pull", "body": <body>} written byte by byte.
QByteArray envelope(const QByteArray &body)
{
    return QByteArray(1, char(0xA3)) + text("v") + QByteArray(1, char(0x01)) + text("type") + text("pull")
           + text("body") + body;
}

QByteArray bodyWith(const char *key, const QByteArray &value)
{
    return QByteArray(1, char(0xA1)) + text(key) + value;
}

ErrorCode refusal(const QByteArray &cbor)
{
    auto message = Message::fromCbor(cbor);
    return message ? ErrorCode::Internal : message.error().code;
}

} // namespace

TEST_CASE("protocol codec: integers below -2^63 or from 2^63 up are refused, not read as 0")
{
    const QByteArray minus2to64 = QByteArray::fromHex("3BFFFFFFFFFFFFFFFF");
    const QByteArray minus2to63 = QByteArray::fromHex("3B7FFFFFFFFFFFFFFF");
    const QByteArray minus2to63Less1 = QByteArray::fromHex("3B8000000000000000");
    const QByteArray plus2to63 = QByteArray::fromHex("1B8000000000000000");
    const QByteArray plus2to63Less1 = QByteArray::fromHex("1B7FFFFFFFFFFFFFFF");
    CHECK(refusal(envelope(bodyWith("since", minus2to64))) == ErrorCode::BadMessage);
    CHECK(refusal(envelope(bodyWith("since", minus2to63Less1))) == ErrorCode::BadMessage);
    CHECK(refusal(envelope(bodyWith("since", plus2to63))) == ErrorCode::BadMessage);
    CHECK(Message::fromCbor(envelope(bodyWith("since", minus2to63))).ok());
    auto largest = Message::fromCbor(envelope(bodyWith("since", plus2to63Less1)));
    REQUIRE(largest.ok());
    CHECK(largest->body.value(QStringLiteral("since")).toInteger() == std::numeric_limits<qint64>::max());
    // In the envelope too: a protocol version of −2^64 is not version 0.
    QByteArray badVersion = QByteArray(1, char(0xA2)) + text("v") + minus2to64 + text("type") + text("hello");
    CHECK(refusal(badVersion) == ErrorCode::BadMessage);
}

TEST_CASE("protocol codec: undefined, tags and duplicate keys are refused")
{
    CHECK(refusal(envelope(bodyWith("since", QByteArray(1, char(0xF7))))) == ErrorCode::BadMessage);
    CHECK(refusal(envelope(bodyWith("since", QByteArray::fromHex("C11A00000000")))) == ErrorCode::BadMessage);
    const QByteArray twice = QByteArray(1, char(0xA2)) + text("since") + QByteArray(1, char(0x05))
                             + text("since") + QByteArray(1, char(0x00));
    auto duplicate = Message::fromCbor(envelope(twice));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::BadMessage);
    CHECK(duplicate.error().message.contains(QStringLiteral("since")));
    const QByteArray integerKey =
        QByteArray(1, char(0xA1)) + QByteArray(1, char(0x01)) + QByteArray(1, char(0x02));
    CHECK(refusal(envelope(integerKey)) == ErrorCode::BadMessage);
}

TEST_CASE("protocol codec: deeply nested arrays are refused before the parser recurses into them")
{
    QByteArray deep(50000, char(0x81)); // [[[[...
    deep.append(char(0x00));
    CHECK(refusal(envelope(bodyWith("args", deep))) == ErrorCode::BadMessage);
    QByteArray allowed(kMaxCborNesting - 3, char(0x81));
    allowed.append(char(0x00));
    CHECK(Message::fromCbor(envelope(bodyWith("args", allowed))).ok());
}
