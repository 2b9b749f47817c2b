#include "sheets/ZipEntry.h"

#include "sheets/SheetErrors.h"

#include <QCoreApplication>

#include <zip.h>

namespace gridsafe {

void ZipEntry::Closer::operator()(zip_file *file) const
{
    zip_fclose(file);
}

ZipEntry::ZipEntry(zip_file *file, QString name, qint64 declaredSize, qint64 maxBytes) :
    m_file(file),
    m_name(std::move(name)),
    m_declaredSize(declaredSize),
    m_maxBytes(maxBytes)
{}

ZipEntry::ZipEntry(ZipEntry &&) noexcept = default;
ZipEntry &ZipEntry::operator=(ZipEntry &&) noexcept = default;
ZipEntry::~ZipEntry() = default;

Result<QByteArray> ZipEntry::read()
{
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    const zip_int64_t got = zip_fread(m_file.get(), chunk.data(), zip_uint64_t(chunk.size()));
    if (got < 0) {
        // A damaged deflate stream or a CRC mismatch: libzip checks both while inflating.
        const QString why = QString::fromUtf8(zip_error_strerror(zip_file_get_error(m_file.get())));
        return SheetErrors::notXlsx(
            QCoreApplication::translate("ZipEntry", "its part %1 is damaged: %2").arg(m_name, why));
    }
    m_bytesRead += got;
    if (m_bytesRead > m_maxBytes)
        return SheetErrors::partTooLarge(m_name, m_maxBytes);
    chunk.truncate(qsizetype(got));
    return chunk;
}

} // namespace gridsafe
