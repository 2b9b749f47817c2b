#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CatchSession.h"

#include "sync/ChangeFeed.h"

#include <iostream>

namespace gridsafe::test {

int runCatchSession(int argc, char **argv)
{
    const int result = Catch::Session().run(argc, argv);
    if (const qint64 violations = ChangeFeed::scopeViolations(); violations > 0) {
        std::cerr << violations
                  << " change feed row(s) matched a pull outside the user's scope (see the log)\n";
        return result == 0 ? 1 : result;
    }
    return result;
}

} // namespace gridsafe::test
