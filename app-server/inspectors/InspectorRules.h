#pragma once
// Checks on inspectors that several handlers share (inspector, assignment and training
// commands): scope, revision, account links, duplicates, held grids, certification.

#include "commands/CommandContext.h"
#include "domain/Inspector.h"
#include "util/Result.h"

namespace gridsafe {

// The inspector, if it exists and the actor covers its town.
Result<Inspector> inspectorInScope(const CommandContext &context, qint64 inspectorId);
// The same, at the revision the client last saw.
Result<Inspector> editableInspector(const CommandContext &context, qint64 inspectorId, qint64 revision);
// An account may be linked when it is an inspector's account of the same town, linked to
// no other inspector record.
Status checkAccountLink(const CommandContext &context, qint64 userId, qint64 townId, qint64 inspectorId);
// One record per person: the same name and phone in a town is the same person.
Status checkNotRegistered(const CommandContext &context, const Inspector &inspector);
// Before an inspector is made inactive: they hold no grid.
Status checkHoldsNoGrid(const CommandContext &context, const Inspector &inspector);
// 先培训考核、后持证上岗: a certificate valid today.
Status checkCertified(const CommandContext &context, const Inspector &inspector);

} // namespace gridsafe
