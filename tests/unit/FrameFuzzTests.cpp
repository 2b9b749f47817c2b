// A deterministic mutation run over the frame reader and message parser: what a fuzzer
// does, small enough for every test run. (Bugs it finds show as crashes or sanitizer
// reports, so it is most useful in the asan preset.)

#include "protocol/FieldReader.h"
#include "protocol/FrameReader.h"
#include "protocol/Message.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QRandomGenerator>

using namespace gridsafe;

namespace {

QByteArray seedFrame()
{
    Message message;
    message.id = 7;
    message.type = QStringLiteral("command");
    QCborMap args;
    args.insert(QStringLiteral("townId"), 21);
    args.insert(QStringLiteral("name"), QStringLiteral("渔庄村网格"));
    args.insert(QStringLiteral("areaIds"), QCborArray{22, 23});
    message.body.insert(QStringLiteral("commandId"), QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"));
    message.body.insert(QStringLiteral("name"), QStringLiteral("grid.create"));
    message.body.insert(QStringLiteral("args"), args);
    return message.toFrame();
}

QByteArray mutate(QByteArray bytes, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(8));
    for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
        const int at = int(random.bounded(bytes.size()));
        switch (random.bounded(5)) {
        case 0: // flip bits
            bytes[at] = char(bytes[at] ^ char(1 << random.bounded(8)));
            break;
        case 1: // replace with an interesting byte (CBOR heads for huge lengths, breaks, tags)
            bytes[at] = char(QList<int>{0x00, 0x1b, 0x3b, 0x5b, 0x7b, 0x9b, 0xbb, 0xdb, 0xff, 0x9f, 0xbf}.at(
                int(random.bounded(11))));
            break;
        case 2: // cut
            bytes.truncate(at);
            break;
        case 3: // duplicate a slice
            bytes.insert(at, bytes.mid(at, int(random.bounded(16))));
            break;
        default: // random garbage
            bytes.insert(at, QByteArray(int(random.bounded(8)), char(random.bounded(256))));
            break;
        }
    }
    return bytes;
}

} // namespace

TEST_CASE("protocol codec: thousands of mutated frames are refused or parsed, never crash")
{
    QRandomGenerator random(20261129);
    const QByteArray seed = seedFrame();
    int parsed = 0;
    int refused = 0;
    for (int round = 0; round < 20000; ++round) {
        const QByteArray input = mutate(seed, random);
        FrameReader reader(64 * 1024);
        // Fed in random-sized pieces, as TCP would.
        qsizetype offset = 0;
        while (offset < input.size()) {
            const qsizetype piece = 1 + qsizetype(random.bounded(64));
            reader.append(input.mid(offset, piece));
            offset += piece;
            QByteArray payload;
            FrameReader::Status status;
            while ((status = reader.next(&payload)) == FrameReader::Status::FrameReady) {
                auto message = Message::fromCbor(payload);
                if (!message) {
                    ++refused;
                    continue;
                }
                ++parsed;
                // What was accepted means one thing: encoded again and read back, it is the
                // same message (nothing was folded on the way in).
                auto again = Message::fromCbor(message->toCbor());
                REQUIRE(again.ok());
                CHECK(again->type == message->type);
                CHECK(again->id == message->id);
                CHECK(again->body == message->body);
                // A handler reading its fields gets exactly the values that are there.
                FieldReader fields(message->body);
                const QString commandId = fields.text(QStringLiteral("commandId"));
                if (fields.ok())
                    CHECK(commandId == message->body.value(QStringLiteral("commandId")).toString());
            }
            if (status == FrameReader::Status::TooLarge) {
                ++refused;
                break;
            }
        }
    }
    // The run exercised both sides.
    CHECK(parsed > 100);
    CHECK(refused > 100);
}
