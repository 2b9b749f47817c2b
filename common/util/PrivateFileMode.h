#pragma once
// While one of these lives, new files are created readable by their owner only (umask 077),
// so a secret (TLS key, session token) is never briefly readable by others before a chmod.

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace gridsafe {

class PrivateFileMode
{
public:
#ifdef Q_OS_UNIX
    PrivateFileMode() : m_previous(::umask(077))
    {}
    ~PrivateFileMode()
    {
        ::umask(m_previous);
    }
#endif
    PrivateFileMode(const PrivateFileMode &) = delete;
    PrivateFileMode &operator=(const PrivateFileMode &) = delete;

private:
#ifdef Q_OS_UNIX
    mode_t m_previous;
#endif
};

} // namespace gridsafe
