#include "protocol/CborStrictness.h"

#include <QCborStreamReader>
#include <QSet>

namespace gridsafe {

namespace {

constexpr quint64 kMaxSignedMagnitude = quint64(1) << 63; // |−2^63|

class StrictWalker
{
public:
    explicit StrictWalker(const QByteArray &cbor) : m_reader(cbor) {}

    Status run() { return item(1); }

private:
    Error refuse(const QString &what) const
    {
        return makeError(ErrorCode::BadMessage,
                         QStringLiteral("%1 at byte %2 is not allowed in a GridSafe message")
                             .arg(what)
                             .arg(m_reader.currentOffset()));
    }

    // Reads one whole item; stops quietly at malformed input (the parser reports that).
    Status item(int depth)
    {
        switch (m_reader.type()) {
        case QCborStreamReader::UnsignedInteger:
            if (m_reader.toUnsignedInteger() >= kMaxSignedMagnitude)
                return refuse(QStringLiteral("an integer of 2^63 or more"));
            m_reader.next();
            return success();
        case QCborStreamReader::NegativeInteger:
            // The value is −1 − n; Qt hands back n + 1 (0 standing for 2^64).
            if (quint64 magnitude = quint64(m_reader.toNegativeInteger());
                magnitude == 0 || magnitude > kMaxSignedMagnitude)
                return refuse(QStringLiteral("an integer below −2^63"));
            m_reader.next();
            return success();
        case QCborStreamReader::Tag:
            return refuse(QStringLiteral("a CBOR tag"));
        case QCborStreamReader::SimpleType:
            switch (m_reader.toSimpleType()) {
            case QCborSimpleType::False:
            case QCborSimpleType::True:
            case QCborSimpleType::Null:
                m_reader.next();
                return success();
            case QCborSimpleType::Undefined:
                return refuse(QStringLiteral("'undefined'"));
            default:
                return refuse(QStringLiteral("a CBOR simple value"));
            }
        case QCborStreamReader::ByteArray:
        case QCborStreamReader::String:
            return string();
        case QCborStreamReader::Array:
        case QCborStreamReader::Map:
            return container(depth);
        default: // floats; Invalid ends the walk
            if (m_reader.isValid())
                m_reader.next();
            return success();
        }
    }

    // A string's value is read only when it is a map key (`key` given); others are skipped.
    Status string(QString *key = nullptr)
    {
        if (!m_reader.isLengthKnown())
            return refuse(QStringLiteral("an indefinite-length string"));
        if (!key) {
            m_reader.next();
            return success();
        }
        for (auto chunk = m_reader.readString(); chunk.status == QCborStreamReader::Ok;
             chunk = m_reader.readString())
            *key += chunk.data;
        return success();
    }

    Status container(int depth)
    {
        if (depth > kMaxCborNesting)
            return refuse(QStringLiteral("nesting deeper than %1 levels").arg(kMaxCborNesting));
        if (!m_reader.isLengthKnown())
            return refuse(QStringLiteral("an indefinite-length array or map"));
        const bool isMap = m_reader.isMap();
        if (!m_reader.enterContainer())
            return success();
        QSet<QString> keys;
        while (m_reader.lastError() == QCborError::NoError && m_reader.hasNext()) {
            if (isMap) {
                if (!m_reader.isString())
                    return refuse(QStringLiteral("a map key that is not a text string"));
                QString key;
                if (Status read = string(&key); !read)
                    return read;
                if (keys.contains(key))
                    return refuse(QStringLiteral("the key '%1' twice in one map").arg(key.left(64)));
                keys.insert(key);
            }
            if (Status checked = item(depth + 1); !checked)
                return checked;
        }
        if (m_reader.lastError() == QCborError::NoError)
            m_reader.leaveContainer();
        return success();
    }

    QCborStreamReader m_reader;
};

} // namespace

Status checkStrictCbor(const QByteArray &cbor)
{
    return StrictWalker(cbor).run();
}

} // namespace gridsafe
