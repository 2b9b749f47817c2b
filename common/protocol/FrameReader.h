#pragma once
// Splits a byte stream into frames. The declared length is checked against the cap as soon
// as the 4 header bytes are in, before any payload is buffered.

#include "protocol/ProtocolConstants.h"

#include <QByteArray>

namespace gridsafe {

class FrameReader
{
public:
    enum class Status { NeedMore, FrameReady, TooLarge };

    explicit FrameReader(quint32 maxFrameBytes = kMaxFrameBytes);

    void setMaxFrameBytes(quint32 maxFrameBytes) { m_maxFrameBytes = maxFrameBytes; }
    quint32 maxFrameBytes() const { return m_maxFrameBytes; }

    // Takes bytes from the stream; call next() until it returns NeedMore.
    void append(const QByteArray &bytes);
    Status next(QByteArray *payload);

    // The length a too-large frame declared (for the error message).
    quint64 rejectedLength() const { return m_rejectedLength; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    quint32 m_maxFrameBytes;
    quint64 m_rejectedLength = 0;
    bool m_failed = false;
};

} // namespace gridsafe
