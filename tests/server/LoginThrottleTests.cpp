#include "FakeClock.h"
#include "accounts/LoginThrottle.h"
#include "accounts/PasswordHasher.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

TEST_CASE("login throttle: five failures are free, the sixth attempt must wait")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 5; ++i) {
        CHECK(throttle.secondsUntilAllowed(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1")) == 0);
        throttle.recordFailure(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    }
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1")) == 0);
    throttle.recordFailure(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("YaoGuan"), QStringLiteral("10.0.0.2")) == 30);
    clock.advance(31);
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1")) == 0);
    // The next failure doubles the wait.
    throttle.recordFailure(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1")) == 60);
}

TEST_CASE("login throttle: unknown user names are throttled like real ones")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 6; ++i)
        throttle.recordFailure(QStringLiteral("nobody"), QStringLiteral("10.0.0.1"));
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("nobody"), QStringLiteral("10.0.0.1")) > 0);
}

TEST_CASE("login throttle: a success clears the user name's failures")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 5; ++i)
        throttle.recordFailure(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    throttle.recordSuccess(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    throttle.recordFailure(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1")) == 0);
}

TEST_CASE("password hashes are argon2id at or above the ASVS minimum and verify only the right password")
{
    PasswordHasher hasher;
    const QString hash = hasher.hash(QStringLiteral("gridsafe-yaoguan"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK(hash.contains(QStringLiteral("m=19456,t=2")));
    CHECK(hasher.verify(hash, QStringLiteral("gridsafe-yaoguan")));
    CHECK_FALSE(hasher.verify(hash, QStringLiteral("gridsafe-yaoguan ")));
    CHECK(hasher.hash(QStringLiteral("gridsafe-yaoguan")) != hash); // salted
}
