#include "sheets/CsvTableReader.h"

#include "sheets/CsvParser.h"
#include "sheets/SheetErrors.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace gridsafe {

namespace {

// Bytes decoded and parsed at a time: big enough to be fast, small enough that the file's text
// never sits in memory twice.
constexpr qsizetype kChunkBytes = 1024 * 1024;

struct Encoding
{
    QString name;       // as SheetData reports it
    qsizetype bomBytes; // to skip
};

std::optional<Encoding> encodingFromBom(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Encoding{QStringLiteral("UTF-8"), 3};
    if (bytes.startsWith("\xFF\xFE"))
        return Encoding{QStringLiteral("UTF-16LE"), 2};
    if (bytes.startsWith("\xFE\xFF"))
        return Encoding{QStringLiteral("UTF-16BE"), 2};
    return std::nullopt;
}

enum class Outcome { Read, NotThisEncoding };

// Decodes and parses the bytes in one encoding. NotThisEncoding when the bytes turn out not to
// be in it (then nothing of the attempt is kept).
Result<Outcome> decodeAndParse(const QByteArray &bytes, const Encoding &encoding,
                               const SheetProgress &progress, const SheetLimits &limits,
                               QList<QStringList> *rows)
{
    QStringDecoder decoder(encoding.name.toLatin1().constData());
    if (!decoder.isValid())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("CsvTableReader",
                                                     "This computer cannot read %1 text. Save the file in "
                                                     "Excel as “CSV UTF-8” and import that.")
                             .arg(encoding.name));
    std::optional<CsvParser> parser;
    for (qsizetype at = encoding.bomBytes; at < bytes.size(); at += kChunkBytes) {
        const QString text =
            decoder.decode(QByteArrayView(bytes).sliced(at, qMin(kChunkBytes, bytes.size() - at)));
        if (decoder.hasError())
            return Outcome::NotThisEncoding;
        if (!parser)
            parser.emplace(CsvParser::detectDelimiter(text), limits);
        if (std::optional<Error> error = parser->feed(text))
            return *error;
        if (progress && !progress(qMin(at + kChunkBytes, bytes.size()), bytes.size()))
            return SheetErrors::cancelled();
    }
    const QString rest = decoder.decode(QByteArrayView()); // an incomplete sequence at the end
    if (decoder.hasError())
        return Outcome::NotThisEncoding;
    if (!parser)
        return Outcome::Read; // no text at all
    if (std::optional<Error> error = parser->feed(rest))
        return *error;
    if (std::optional<Error> error = parser->finish())
        return *error;
    *rows = parser->takeRows();
    return Outcome::Read;
}

} // namespace

Result<SheetData> CsvTableReader::read(const QByteArray &bytes, const SheetProgress &progress,
                                       const SheetLimits &limits)
{
    QList<Encoding> candidates;
    if (std::optional<Encoding> fromBom = encodingFromBom(bytes))
        candidates = {*fromBom};
    else
        candidates = {{QStringLiteral("UTF-8"), 0}, {QStringLiteral("GB18030"), 0}};

    for (const Encoding &encoding : candidates) {
        SheetData data;
        Result<Outcome> outcome = decodeAndParse(bytes, encoding, progress, limits, &data.rows);
        if (!outcome)
            return outcome.error();
        if (outcome.value() == Outcome::Read) {
            data.encoding = encoding.name;
            return data;
        }
    }
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("CsvTableReader",
                                                 "The file's text is neither UTF-8 nor GB18030 (Chinese): "
                                                 "open it in Excel or WPS, save it as “CSV UTF-8” and import "
                                                 "that."));
}

} // namespace gridsafe
