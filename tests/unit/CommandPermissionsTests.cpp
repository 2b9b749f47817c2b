#include "domain/Actor.h"
#include "domain/CommandName.h"
#include "domain/CommandPermissions.h"

#include <catch2/catch.hpp>

using namespace gridsafe;

TEST_CASE("permissions: only admins manage users")
{
    for (Role role : {Role::DistrictReviewer, Role::TownOperator, Role::Inspector})
        CHECK_FALSE(roleMayRun(role, QString::fromLatin1(cmd::kUserCreate)));
    CHECK(roleMayRun(Role::Admin, QString::fromLatin1(cmd::kUserCreate)));
}

TEST_CASE("permissions: town operators and admins edit grids; reviewers and inspectors do not")
{
    const QString create = QString::fromLatin1(cmd::kGridCreate);
    CHECK(roleMayRun(Role::TownOperator, create));
    CHECK(roleMayRun(Role::Admin, create));
    CHECK_FALSE(roleMayRun(Role::DistrictReviewer, create));
    CHECK_FALSE(roleMayRun(Role::Inspector, create));
}

TEST_CASE("permissions: unknown commands are allowed to nobody")
{
    CHECK_FALSE(roleMayRun(Role::Admin, QStringLiteral("grid.explode")));
}

TEST_CASE("permissions: a town operator's scope is its own town, a reviewer's every town")
{
    const Actor operatorOfTown{1, QStringLiteral("yaoguan"), Role::TownOperator, 21};
    CHECK(operatorOfTown.coversTown(21));
    CHECK_FALSE(operatorOfTown.coversTown(2));
    const Actor reviewer{2, QStringLiteral("reviewer"), Role::DistrictReviewer, std::nullopt};
    CHECK(reviewer.coversTown(2));
    CHECK(reviewer.coversTown(21));
}
