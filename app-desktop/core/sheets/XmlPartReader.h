#pragma once
// Pulls one XML part of a workbook through QXmlStreamReader, inflating it piece by piece as the
// parser asks for more, so a large sheet never sits in memory whole. Element names are compared
// by local name only: transitional and strict OOXML use different namespaces for the same thing.

#include "sheets/ZipEntry.h"
#include "util/Result.h"

#include <QXmlStreamReader>

#include <functional>
#include <optional>

namespace gridsafe {

class XmlPartReader
{
public:
    // onChunk gets the bytes inflated so far after each piece; returning false cancels.
    explicit XmlPartReader(ZipEntry entry, std::function<bool(qint64 bytesRead)> onChunk = {});

    // The next token, false at the end of the part or on an error (see error()).
    bool readNext();
    const QXmlStreamReader &xml() const { return m_xml; }
    bool isStart(QLatin1String localName) const;
    bool isEnd(QLatin1String localName) const;
    // The value of the attribute with this local name, whatever its namespace prefix.
    QStringView attribute(QLatin1String localName) const;
    // Skips the current element with everything inside it.
    void skipElement();

    const std::optional<Error> &error() const { return m_error; }
    // Stops reading with this error, for what the XML says but the workbook cannot mean.
    bool fail(Error error);
    const QString &partName() const { return m_entry.name(); }

private:
    ZipEntry m_entry;
    std::function<bool(qint64)> m_onChunk;
    QXmlStreamReader m_xml;
    std::optional<Error> m_error;
    int m_depth = 0;
    bool m_sawRoot = false;
    bool m_entryDone = false;
    bool m_done = false;
};

} // namespace gridsafe
