#include "sheets/XlsxSharedStrings.h"

#include "sheets/SheetErrors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals; // compile-time lengths: QLatin1String("…") measures at run time in Debug

namespace gridsafe {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

Result<QStringList> XlsxSharedStrings::read(XmlPartReader &part, const SheetLimits &limits)
{
    QStringList strings;
    while (part.readNext()) {
        if (!part.isStart("si"_L1))
            continue;
        if (strings.size() >= limits.maxSharedStrings)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("XlsxSharedStrings",
                                                         "The workbook holds more than %1 different texts: "
                                                         "split it into smaller files and import each.")
                                 .arg(limits.maxSharedStrings));
        QString text;
        switch (readItem(part, limits.maxCellChars, &text)) {
        case Item::Read:
            strings.append(std::move(text));
            break;
        case Item::TooLong:
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate(
                                 "XlsxSharedStrings", "A text in the workbook holds more than %1 characters, "
                                                      "more than a cell may hold.")
                                 .arg(limits.maxCellChars));
        case Item::Failed:
            return *part.error();
        }
    }
    if (part.error())
        return *part.error();
    return strings;
}

XlsxSharedStrings::Item XlsxSharedStrings::readItem(XmlPartReader &part, qsizetype maxChars, QString *text)
{
    text->clear();
    int depth = 0;
    bool inText = false;
    // An escape is 7 characters for 1: the raw text may be that much longer than the cell.
    const qsizetype maxRawChars = maxChars * 7;
    while (part.readNext()) {
        const QXmlStreamReader &xml = part.xml();
        switch (xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == "rPh"_L1) {
                part.skipElement();
                break;
            }
            ++depth;
            inText = xml.name() == "t"_L1;
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 0) {
                if (text->contains("_x"_L1))
                    *text = unescape(*text);
                return text->size() > maxChars ? Item::TooLong : Item::Read;
            }
            --depth;
            inText = false;
            break;
        case QXmlStreamReader::Characters:
            if (inText) {
                text->append(xml.text());
                if (text->size() > maxRawChars)
                    return Item::TooLong;
            }
            break;
        default:
            break;
        }
    }
    if (!part.error())
        part.fail(SheetErrors::notXlsx(
            QCoreApplication::translate("XlsxSharedStrings", "its part %1 ends inside a text")
                .arg(part.partName())));
    return Item::Failed;
}

QString XlsxSharedStrings::unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_'
            && isHexDigit(text.at(i + 2)) && isHexDigit(text.at(i + 3)) && isHexDigit(text.at(i + 4))
            && isHexDigit(text.at(i + 5))) {
            out.append(QChar(text.mid(i + 2, 4).toUShort(nullptr, 16)));
            i += 6;
        } else {
            out.append(text.at(i));
        }
    }
    return out;
}

} // namespace gridsafe
