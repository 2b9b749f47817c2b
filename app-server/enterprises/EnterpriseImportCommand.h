#pragma once
// enterprise.import {jobId}: commits a staged import (ImportDesk) as one command — every row
// without a problem, in one transaction, or nothing. The audit log records the file's name,
// row count and checksum and what was done, not the rows; the staged job goes with the commit.

#include "util/Result.h"

#include <QCborMap>

namespace gridsafe {

struct CommandContext;
Result<QCborMap> importEnterprises(CommandContext &context, const QCborMap &args);

} // namespace gridsafe
