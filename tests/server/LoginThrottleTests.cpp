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
        throttle.recordAttempt(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    }
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1")) == 0);
    throttle.recordAttempt(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("YaoGuan"), QStringLiteral("10.0.0.2")) == 30);
    clock.advance(31);
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1")) == 0);
    // The next failure doubles the wait.
    throttle.recordAttempt(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1")) == 60);
}

TEST_CASE("login throttle: unknown user names are throttled like real ones")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 6; ++i)
        throttle.recordAttempt(QStringLiteral("nobody"), QStringLiteral("10.0.0.1"));
    CHECK(throttle.secondsUntilAllowed(QStringLiteral("nobody"), QStringLiteral("10.0.0.1")) > 0);
}

TEST_CASE("login throttle: a success clears the user name's failures")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 5; ++i)
        throttle.recordAttempt(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    throttle.recordSuccess(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
    throttle.recordAttempt(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.1"));
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

TEST_CASE("login throttle: attempts still being checked count, so parallel guesses are limited too")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    int admitted = 0;
    // Twelve connections guess at once: each is counted before any password check ends.
    for (int i = 0; i < 12; ++i) {
        if (throttle.secondsUntilAllowed(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.%1").arg(i))
            == 0) {
            throttle.recordAttempt(QStringLiteral("yaoguan"), QStringLiteral("10.0.0.%1").arg(i));
            ++admitted;
        }
    }
    CHECK(admitted == 6);
}

TEST_CASE("login throttle: many good logins from one office address never lock it")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 50; ++i) {
        const QString user = QStringLiteral("user%1").arg(i);
        REQUIRE(throttle.secondsUntilAllowed(user, QStringLiteral("10.0.0.1")) == 0);
        throttle.recordAttempt(user, QStringLiteral("10.0.0.1"));
        throttle.recordSuccess(user, QStringLiteral("10.0.0.1"));
    }
}
