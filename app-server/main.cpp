#include "console/ServerConsole.h"

int main(int argc, char **argv)
{
    return gridsafe::ServerConsole::run(argc, argv);
}
