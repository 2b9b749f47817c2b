#pragma once

#include <functional>

namespace gridsafe::test {

// Runs the event loop until `done` holds or the time is up; returns whether it held.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);
// Runs the event loop for a while (to show that something does NOT happen).
void spin(int milliseconds);

} // namespace gridsafe::test
