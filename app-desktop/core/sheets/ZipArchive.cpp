#include "sheets/ZipArchive.h"

#include "sheets/NativeFileName.h"
#include "sheets/SheetErrors.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace gridsafe {

namespace {

QString libzipMessage(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

bool startsLikeZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

} // namespace

void ZipArchive::Discarder::operator()(zip *archive) const
{
    zip_discard(archive); // read-only: nothing to write back
}

ZipArchive::ZipArchive(zip *archive) : m_zip(archive)
{}
ZipArchive::ZipArchive(ZipArchive &&) noexcept = default;
ZipArchive &ZipArchive::operator=(ZipArchive &&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::open(const QString &path)
{
    int code = 0;
    zip *archive = zip_open(nativeFileName(path).constData(), ZIP_RDONLY, &code);
    if (archive)
        return ZipArchive(archive);
    switch (code) {
    case ZIP_ER_NOENT:
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ZipArchive", "The file %1 does not exist.").arg(path));
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("ZipArchive", "The file %1 cannot be read: %2")
                             .arg(path, libzipMessage(code)));
    case ZIP_ER_NOZIP:
        if (!startsLikeZip(path))
            return SheetErrors::notXlsx(QCoreApplication::translate("ZipArchive", "it is not a zip archive"));
        [[fallthrough]]; // a zip cut short: its directory, at the end, is gone
    case ZIP_ER_INCONS:
        return SheetErrors::notXlsx(
            QCoreApplication::translate("ZipArchive", "its zip archive is damaged or incomplete"));
    default:
        return SheetErrors::notXlsx(libzipMessage(code));
    }
}

bool ZipArchive::contains(const QString &name) const
{
    return zip_name_locate(m_zip.get(), name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

Result<ZipEntry> ZipArchive::openEntry(const QString &name, qint64 maxBytes) const
{
    const zip_int64_t index = zip_name_locate(m_zip.get(), name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return SheetErrors::notXlsx(QCoreApplication::translate("ZipArchive", "it has no part %1").arg(name));
    zip_stat_t stat;
    zip_stat_init(&stat);
    qint64 declared = 0;
    if (zip_stat_index(m_zip.get(), zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
        declared = qint64(qMin<zip_uint64_t>(stat.size, zip_uint64_t(maxBytes)));
    zip_file_t *file = zip_fopen_index(m_zip.get(), zip_uint64_t(index), 0);
    if (!file) {
        const QString why = QString::fromUtf8(zip_error_strerror(zip_get_error(m_zip.get())));
        return SheetErrors::notXlsx(
            QCoreApplication::translate("ZipArchive", "its part %1 cannot be opened: %2").arg(name, why));
    }
    return ZipEntry(file, name, declared, maxBytes);
}

Result<QByteArray> ZipArchive::readAll(const QString &name, qint64 maxBytes) const
{
    Result<ZipEntry> entry = openEntry(name, maxBytes);
    if (!entry)
        return entry.error();
    QByteArray all;
    for (;;) {
        Result<QByteArray> chunk = entry.value().read();
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            return all;
        all += chunk.value();
    }
}

} // namespace gridsafe
