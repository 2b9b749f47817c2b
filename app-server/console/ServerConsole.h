#pragma once
// gridsafe-server's command line: serve (default), create-user, reset-password, backup,
// verify-audit. main.cpp only calls run().

namespace gridsafe {

class ServerConsole
{
public:
    static int run(int argc, char **argv);
};

} // namespace gridsafe
