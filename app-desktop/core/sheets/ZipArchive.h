#pragma once
// A zip archive opened read-only with libzip, the container of an .xlsx workbook. Part names are
// looked up without regard to case, as the Open Packaging Conventions compare them.

#include "sheets/ZipEntry.h"
#include "util/Result.h"

#include <QString>

#include <memory>

struct zip;

namespace gridsafe {

class ZipArchive
{
public:
    static Result<ZipArchive> open(const QString &path);

    ZipArchive(ZipArchive &&) noexcept;
    ZipArchive &operator=(ZipArchive &&) noexcept;
    ~ZipArchive();

    bool contains(const QString &name) const;
    // The entry, to be read piece by piece with at most maxBytes in all.
    Result<ZipEntry> openEntry(const QString &name, qint64 maxBytes) const;
    // A small entry whole.
    Result<QByteArray> readAll(const QString &name, qint64 maxBytes) const;

private:
    struct Discarder
    {
        void operator()(zip *archive) const;
    };
    explicit ZipArchive(zip *archive);

    std::unique_ptr<zip, Discarder> m_zip;
};

} // namespace gridsafe
