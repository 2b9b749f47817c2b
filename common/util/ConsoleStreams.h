#pragma once
// Standard output and error as QTextStreams (UTF-8), for the console programs.

#include <QTextStream>

#include <cstdio>

namespace gridsafe {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace gridsafe
