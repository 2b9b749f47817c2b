#include "protocol/FrameReader.h"
#include "protocol/Message.h"
#include "protocol/MessageType.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QCborValue>
#include <QtEndian>

using namespace gridsafe;

namespace {

Message sampleMessage()
{
    Message message;
    message.id = 42;
    message.type = QStringLiteral("command");
    QCborMap args;
    args.insert(QStringLiteral("name"), QStringLiteral("渔庄村网格"));
    args.insert(QStringLiteral("areaIds"), QCborArray{1, 2, 3});
    message.body.insert(QStringLiteral("args"), args);
    return message;
}

QByteArray frameHeader(quint32 length)
{
    QByteArray header(4, Qt::Uninitialized);
    qToBigEndian<quint32>(length, header.data());
    return header;
}

} // namespace

TEST_CASE("protocol codec: a message survives encoding and decoding unchanged")
{
    const Message original = sampleMessage();
    auto decoded = Message::fromCbor(original.toCbor());
    REQUIRE(decoded.ok());
    CHECK(decoded->version == 1);
    CHECK(decoded->id == original.id);
    CHECK(decoded->type == original.type);
    CHECK(decoded->body == original.body);
}

TEST_CASE("protocol codec: a frame starts with the payload length as 4 big-endian bytes")
{
    const Message message = sampleMessage();
    const QByteArray frame = message.toFrame();
    const QByteArray payload = message.toCbor();
    REQUIRE(frame.size() == payload.size() + 4);
    CHECK(qFromBigEndian<quint32>(frame.constData()) == quint32(payload.size()));
    CHECK(frame.mid(4) == payload);
}

TEST_CASE("protocol codec: server notes carry no id")
{
    const Message note = Message::note(QString::fromLatin1(msg::kChangedNote), {});
    auto decoded = Message::fromCbor(note.toCbor());
    REQUIRE(decoded.ok());
    CHECK_FALSE(decoded->id.has_value());
}

TEST_CASE("frame reader: frames fed one byte at a time come out whole and in order")
{
    Message first = sampleMessage();
    Message second = sampleMessage();
    second.id = 43;
    const QByteArray stream = first.toFrame() + second.toFrame();
    FrameReader reader;
    QList<QByteArray> frames;
    for (char byte : stream) {
        reader.append(QByteArray(1, byte));
        QByteArray payload;
        while (reader.next(&payload) == FrameReader::Status::FrameReady)
            frames.append(payload);
    }
    REQUIRE(frames.size() == 2);
    CHECK(Message::fromCbor(frames[0])->id == 42u);
    CHECK(Message::fromCbor(frames[1])->id == 43u);
    CHECK(reader.bufferedBytes() == 0);
}

TEST_CASE("frame reader: an oversized declared length is refused as soon as the header arrives")
{
    FrameReader reader(1024);
    reader.append(frameHeader(0xFFFFFFFFu)); // 4 GiB, no payload sent at all
    QByteArray payload;
    CHECK(reader.next(&payload) == FrameReader::Status::TooLarge);
    CHECK(reader.rejectedLength() == 0xFFFFFFFFull);
    // Once refused, the stream is not trusted again.
    reader.append(sampleMessage().toFrame());
    CHECK(reader.next(&payload) == FrameReader::Status::TooLarge);
}

TEST_CASE("frame reader: a truncated frame waits for more bytes instead of failing")
{
    const QByteArray frame = sampleMessage().toFrame();
    FrameReader reader;
    reader.append(frame.left(frame.size() - 3));
    QByteArray payload;
    CHECK(reader.next(&payload) == FrameReader::Status::NeedMore);
    reader.append(frame.right(3));
    CHECK(reader.next(&payload) == FrameReader::Status::FrameReady);
}

TEST_CASE("protocol codec: malformed messages get specific errors")
{
    SECTION("bytes that are not CBOR")
    {
        auto result = Message::fromCbor(QByteArray("\xff\xff\x00garbage", 10));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::BadCbor);
    }
    SECTION("a CBOR value that is not a map")
    {
        auto result = Message::fromCbor(QCborValue(QStringLiteral("hello")).toCbor());
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::BadMessage);
    }
    SECTION("a type that is not text")
    {
        QCborMap map;
        map.insert(QStringLiteral("v"), 1);
        map.insert(QStringLiteral("type"), 7);
        auto result = Message::fromCbor(map.toCborValue().toCbor());
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::BadMessage);
        CHECK(result.error().message.contains(QStringLiteral("type")));
    }
    SECTION("a negative id")
    {
        QCborMap map;
        map.insert(QStringLiteral("v"), 1);
        map.insert(QStringLiteral("id"), -5);
        map.insert(QStringLiteral("type"), QStringLiteral("ping"));
        auto result = Message::fromCbor(map.toCborValue().toCbor());
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::BadMessage);
    }
    SECTION("a body that is not a map")
    {
        QCborMap map;
        map.insert(QStringLiteral("v"), 1);
        map.insert(QStringLiteral("type"), QStringLiteral("ping"));
        map.insert(QStringLiteral("body"), QCborArray{1});
        auto result = Message::fromCbor(map.toCborValue().toCbor());
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::BadMessage);
    }
}

TEST_CASE("protocol codec: error codes have stable, distinct names")
{
    QSet<QString> names;
    for (int value = int(ErrorCode::BadFrame); value <= int(ErrorCode::CertificateUnknown); ++value) {
        const QString name = errorCodeName(ErrorCode(value));
        ErrorCode back = ErrorCode::Internal;
        REQUIRE(errorCodeFromName(name, &back));
        CHECK(back == ErrorCode(value));
        names.insert(name);
    }
    CHECK(names.size() == int(ErrorCode::CertificateUnknown) + 1);
    CHECK(errorCodeName(ErrorCode::FrameTooLarge) == QStringLiteral("frame_too_large"));
}
