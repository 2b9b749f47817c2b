#pragma once
// The demo's grid network, laid over the demo regions and accounts: the pilot towns
// (遥观镇, 横林镇, 横山桥镇) fully divided, staffed by trained and certified inspectors and
// filed with the district; 潞城街道 with gaps (villages in no grid, a grid without an
// inspector, an inspector whose certificate was revoked); agencies, a service contract
// and a separate engagement. Everything goes through the real commands as the demo users,
// so the demo obeys the same rules (and leaves the same audit trail) as real work.

#include "util/Result.h"

namespace gridsafe {

class ServerCore;

class DemoNetworkSeeder
{
public:
    // Does nothing when inspectors exist already.
    static Status seedIfEmpty(ServerCore &core);
};

} // namespace gridsafe
