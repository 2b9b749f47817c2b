#pragma once
// The C libraries that read and write sheets (libzip, libxlsxwriter) take a file name as the
// platform's bytes; on Windows they take UTF-8.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace gridsafe {

inline QByteArray nativeFileName(const QString &path)
{
#ifdef Q_OS_WIN
    return path.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

} // namespace gridsafe
