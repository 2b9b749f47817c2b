#pragma once
// A Catch2 main that first creates the Qt application object our real objects need.
// Use from exactly one file per test binary, naming the application type.

#include "CatchSession.h"

#include <QCoreApplication>

#define GRIDSAFE_CATCH_QT_MAIN(AppType)                                                                      \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        AppType app(argc, argv);                                                                             \
        return gridsafe::test::runCatchSession(argc, argv);                                                  \
    }
