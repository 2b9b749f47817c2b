#include "sheets/XmlPartReader.h"

#include "sheets/SheetErrors.h"

#include <QCoreApplication>

namespace gridsafe {

XmlPartReader::XmlPartReader(ZipEntry entry, std::function<bool(qint64)> onChunk) :
    m_entry(std::move(entry)),
    m_onChunk(std::move(onChunk))
{}

bool XmlPartReader::readNext()
{
    if (m_error || m_done)
        return false;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++m_depth;
            m_sawRoot = true;
        } else if (token == QXmlStreamReader::EndElement) {
            --m_depth;
        }
        if (token == QXmlStreamReader::DTD) {
            // No part of a workbook has one; its entity declarations are how XML bombs work.
            return fail(SheetErrors::notXlsx(
                QCoreApplication::translate("XmlPartReader", "its part %1 declares a DTD")
                    .arg(m_entry.name())));
        }
        if (token == QXmlStreamReader::EndDocument) {
            m_done = true;
            return false;
        }
        if (token != QXmlStreamReader::Invalid)
            return true;
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            return fail(SheetErrors::notXlsx(
                QCoreApplication::translate("XmlPartReader", "%1, line %2: %3")
                    .arg(m_entry.name(), QString::number(m_xml.lineNumber()), m_xml.errorString())));
        }
        if (m_entryDone) {
            // In incremental mode the parser waits for more after the root element has closed.
            if (m_sawRoot && m_depth == 0) {
                m_done = true;
                return false;
            }
            return fail(SheetErrors::notXlsx(
                QCoreApplication::translate("XmlPartReader", "its part %1 ends too early")
                    .arg(m_entry.name())));
        }
        Result<QByteArray> chunk = m_entry.read();
        if (!chunk)
            return fail(chunk.error());
        if (chunk->isEmpty())
            m_entryDone = true;
        else
            m_xml.addData(chunk.value());
        if (m_onChunk && !m_onChunk(m_entry.bytesRead()))
            return fail(SheetErrors::cancelled());
    }
}

bool XmlPartReader::isStart(QLatin1String localName) const
{
    return m_xml.tokenType() == QXmlStreamReader::StartElement && m_xml.name() == localName;
}

bool XmlPartReader::isEnd(QLatin1String localName) const
{
    return m_xml.tokenType() == QXmlStreamReader::EndElement && m_xml.name() == localName;
}

QStringView XmlPartReader::attribute(QLatin1String localName) const
{
    for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
        if (attribute.name() == localName)
            return attribute.value();
    }
    return {};
}

void XmlPartReader::skipElement()
{
    const int depth = m_depth;
    while (m_depth >= depth && readNext()) {
    }
}

bool XmlPartReader::fail(Error error)
{
    m_error = std::move(error);
    return false;
}

} // namespace gridsafe
