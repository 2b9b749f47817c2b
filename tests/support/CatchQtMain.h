#pragma once
// A Catch2 main that first creates the Qt application object our real objects need.
// Include from exactly one file per test binary, after defining the application type.
// A run in which the server's change feed matched a row outside a pulling user's scope
// fails, whatever its test cases said: every pull in the suite is held to the scope rules.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "sync/ChangeFeed.h"

#include <QCoreApplication>

#include <iostream>

#define GRIDSAFE_CATCH_QT_MAIN(AppType)                                                                      \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        AppType app(argc, argv);                                                                             \
        const int result = Catch::Session().run(argc, argv);                                                 \
        return gridsafe::test::failOnScopeViolations(result);                                                \
    }

namespace gridsafe::test {

inline int failOnScopeViolations(int result)
{
    if (const qint64 violations = ChangeFeed::scopeViolations(); violations > 0) {
        std::cerr << violations
                  << " change feed row(s) matched a pull outside the user's scope (see the log)\n";
        return result == 0 ? 1 : result;
    }
    return result;
}

} // namespace gridsafe::test
