#pragma once
// The demo's enterprise register: a few hundred plausible enterprises across the towns
// (横林's wood-flour plants with combustible dust, flooring and furniture; machinery and
// textiles in 遥观; building materials in 横山桥; rail equipment in 戚墅堰 …) with valid
// credit codes, a mix of sectors, scales and risk levels, some supervised directly by their
// town and, in the towns whose division has gaps, some no grid covers. They come in through
// the real import path as the demo administrator — staged, checked and committed — so they
// are validated, audited and replicated like any town's sheet. Generated from a fixed seed:
// every demo database holds the same register.

#include "util/Result.h"

namespace gridsafe {

class ServerCore;

class DemoEnterpriseSeeder
{
public:
    static constexpr int kEnterprises = 320;
    // Does nothing when the register holds enterprises already.
    static Status seedIfEmpty(ServerCore &core);
};

} // namespace gridsafe
