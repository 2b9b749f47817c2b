#include "FakeClock.h"
#include "accounts/LoginThrottle.h"
#include "accounts/PasswordHasher.h"

#include <catch2/catch.hpp>

using namespace gridsafe;
using Kind = LoginThrottle::Decision::Kind;

namespace {

const QString kOffice = QStringLiteral("10.0.0.1");

// One complete attempt: admitted, checked, finished.
LoginThrottle::Decision attempt(LoginThrottle &throttle, const QString &name, const QString &address,
                                bool succeeds)
{
    const LoginThrottle::Decision decision = throttle.admit(name, address);
    if (decision.kind == Kind::Allowed)
        throttle.finish(name, address, succeeds);
    return decision;
}

} // namespace

TEST_CASE("login throttle: five failures are free, the sixth attempt must wait")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 6; ++i)
        REQUIRE(attempt(throttle, QStringLiteral("yaoguan"), kOffice, false).kind == Kind::Allowed);
    const auto seventh = throttle.admit(QStringLiteral("yaoguan"), kOffice);
    CHECK(seventh.kind == Kind::Locked);
    CHECK(seventh.waitSeconds == 30);
    clock.advance(31);
    // The next failure doubles the wait.
    REQUIRE(attempt(throttle, QStringLiteral("yaoguan"), kOffice, false).kind == Kind::Allowed);
    CHECK(throttle.admit(QStringLiteral("yaoguan"), kOffice).waitSeconds == 60);
}

TEST_CASE("login throttle: checks still running count, so parallel guesses get no more than the free ones")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock, LoginThrottle::Policy{.checksPerAddress = 100});
    int admitted = 0;
    for (int i = 0; i < 12; ++i)
        admitted += throttle.admit(QStringLiteral("yaoguan"), kOffice).kind == Kind::Allowed ? 1 : 0;
    CHECK(admitted == 6);
}

TEST_CASE("login throttle: guesses from one address do not lock the account's owner elsewhere")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 6; ++i)
        attempt(throttle, QStringLiteral("admin"), QStringLiteral("203.0.113.9"), false);
    CHECK(throttle.admit(QStringLiteral("admin"), QStringLiteral("203.0.113.9")).kind == Kind::Locked);
    CHECK(throttle.admit(QStringLiteral("admin"), kOffice).kind == Kind::Allowed);
}

TEST_CASE("login throttle: a name guessed from many addresses is locked past its own threshold")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock, LoginThrottle::Policy{.freeFailuresPerName = 10});
    for (int i = 0; i < 11; ++i)
        attempt(throttle, QStringLiteral("admin"), QStringLiteral("198.51.100.%1").arg(i), false);
    CHECK(throttle.admit(QStringLiteral("admin"), QStringLiteral("198.51.100.200")).kind == Kind::Locked);
}

TEST_CASE("login throttle: a success clears the failures of that name at that address")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock, LoginThrottle::Policy{.freeFailuresPerPair = 5});
    for (int i = 0; i < 4; ++i)
        attempt(throttle, QStringLiteral("yaoguan"), kOffice, false);
    REQUIRE(attempt(throttle, QStringLiteral("yaoguan"), kOffice, true).kind == Kind::Allowed);
    for (int i = 0; i < 4; ++i)
        CHECK(attempt(throttle, QStringLiteral("yaoguan"), kOffice, false).kind == Kind::Allowed);
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

TEST_CASE("login throttle: one address has one password check running at a time; the next waits, not fails")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    REQUIRE(throttle.admit(QStringLiteral("yaoguan"), kOffice).kind == Kind::Allowed);
    CHECK(throttle.admit(QStringLiteral("hengshan"), kOffice).kind == Kind::Deferred);
    CHECK(throttle.admit(QStringLiteral("hengshan"), QStringLiteral("10.0.0.2")).kind == Kind::Allowed);
    throttle.finish(QStringLiteral("yaoguan"), kOffice, true);
    CHECK(throttle.admit(QStringLiteral("hengshan"), kOffice).kind == Kind::Allowed);
}

TEST_CASE("login throttle: many good logins from one office address never lock it")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock);
    for (int i = 0; i < 50; ++i)
        REQUIRE(attempt(throttle, QStringLiteral("user%1").arg(i), kOffice, true).kind == Kind::Allowed);
}

TEST_CASE("login throttle: its tables stay bounded whatever names strangers try")
{
    test::FakeClock clock;
    LoginThrottle throttle(clock, LoginThrottle::Policy{.maxEntries = 100});
    for (int i = 0; i < 5000; ++i)
        attempt(throttle, QStringLiteral("name%1").arg(i),
                QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250), false);
    CHECK(throttle.entryCount() <= 3 * 100);
}
