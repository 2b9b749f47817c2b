#pragma once
// enterprise.history {enterpriseId}: what changed in an enterprise's information (who, when,
// which command, each field's old and new value) and its risk reports, newest first. Read on
// demand rather than replicated: it is looked at one enterprise at a time.

namespace gridsafe {

class Database;
class RequestRegistry;

void registerEnterpriseHistoryRequest(RequestRegistry &registry, Database &database);

} // namespace gridsafe
