#include "protocol/FrameReader.h"

#include <QtEndian>

namespace gridsafe {

FrameReader::FrameReader(quint32 maxFrameBytes) : m_maxFrameBytes(maxFrameBytes)
{}

void FrameReader::append(const QByteArray &bytes)
{
    if (m_failed)
        return;
    // Drop consumed bytes before growing, so the buffer holds at most one frame plus a chunk.
    if (m_offset > 0) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

FrameReader::Status FrameReader::next(QByteArray *payload)
{
    if (m_failed)
        return Status::TooLarge;
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < qsizetype(kFrameHeaderBytes))
        return Status::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_offset);
    if (length > m_maxFrameBytes) {
        m_failed = true;
        m_rejectedLength = length;
        m_buffer.clear();
        m_offset = 0;
        return Status::TooLarge;
    }
    if (available - qsizetype(kFrameHeaderBytes) < qsizetype(length))
        return Status::NeedMore;
    *payload = m_buffer.mid(m_offset + kFrameHeaderBytes, length);
    m_offset += kFrameHeaderBytes + length;
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
    return Status::FrameReady;
}

} // namespace gridsafe
