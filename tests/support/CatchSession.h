#pragma once
// The Catch2 runner, compiled once for every test binary: the implementation is the single
// largest translation unit in the tests (tens of seconds in Debug, more under ASan).

namespace gridsafe::test {

// Runs every selected test case. A run in which the server's change feed matched a row
// outside a pulling user's scope fails, whatever its test cases said: every pull in the
// suite is held to the scope rules.
int runCatchSession(int argc, char **argv);

} // namespace gridsafe::test
