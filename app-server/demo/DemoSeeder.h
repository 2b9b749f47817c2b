#pragma once
// --demo: fills an empty database with the development zone (常州经开区), its six towns
// and streets with villages, communities and parks, a few grids, and one user per role.

#include "util/Result.h"

namespace gridsafe {

class ServerCore;

class DemoSeeder
{
public:
    struct DemoUser
    {
        const char *username;
        const char *password;
        const char *displayName;
        const char *role;
        const char *town; // nullptr for district-wide roles
    };

    // Passwords are also in README.md; change them on any machine others can reach.
    static const QList<DemoUser> &users();

    // Does nothing when the database already holds regions.
    static Status seedIfEmpty(ServerCore &core);
};

} // namespace gridsafe
