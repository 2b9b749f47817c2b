#pragma once
// One file inside a zip archive, inflated piece by piece. It counts what it inflates and stops
// at a limit: the sizes a zip's headers declare can lie (a "zip bomb"), so they are only an
// estimate for progress.

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct zip_file;

namespace gridsafe {

class ZipEntry
{
public:
    ZipEntry(zip_file *file, QString name, qint64 declaredSize, qint64 maxBytes);
    ZipEntry(ZipEntry &&) noexcept;
    ZipEntry &operator=(ZipEntry &&) noexcept;
    ~ZipEntry();

    // The next piece of at most kChunkBytes, or an empty array at the end.
    Result<QByteArray> read();

    const QString &name() const { return m_name; }
    qint64 declaredSize() const { return m_declaredSize; }
    qint64 bytesRead() const { return m_bytesRead; }

    static constexpr qint64 kChunkBytes = 256 * 1024;

private:
    struct Closer
    {
        void operator()(zip_file *file) const;
    };
    std::unique_ptr<zip_file, Closer> m_file;
    QString m_name;
    qint64 m_declaredSize = 0;
    qint64 m_maxBytes = 0;
    qint64 m_bytesRead = 0;
};

} // namespace gridsafe
