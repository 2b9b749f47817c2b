#pragma once
// A Catch2 main that first creates the Qt application object our real objects need.
// Include from exactly one file per test binary, after defining the application type.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#define GRIDSAFE_CATCH_QT_MAIN(AppType)                                                                      \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        AppType app(argc, argv);                                                                             \
        return Catch::Session().run(argc, argv);                                                             \
    }
