#pragma once
// The one way a handler writes an enterprise: the row, an entry in its history (who, when,
// which command, each field's old and new value, regions and grids by name), and the change
// feed row its town's replicas pull. Commands on one enterprise and imports of many share it.

#include "commands/CommandContext.h"
#include "domain/Enterprise.h"
#include "enterprises/EnterpriseRepository.h"
#include "util/Result.h"

namespace gridsafe {

class RegisterPlaces;

class EnterpriseRecorder
{
public:
    EnterpriseRecorder(CommandContext &context, const RegisterPlaces &places);

    EnterpriseRepository &repository() { return m_repository; }

    // Inserts a new enterprise (its id and revision are filled in). `action` names the command.
    Status create(Enterprise &enterprise, const QString &action);
    // Writes `after` over `before` when anything differs; returns whether it did. `after`
    // gets its new revision and time.
    Result<bool> update(const Enterprise &before, Enterprise &after, const QString &action);

private:
    Status publish(const Enterprise &enterprise);

    CommandContext &m_context;
    const RegisterPlaces &m_places;
    EnterpriseRepository m_repository;
    QString m_now;
};

} // namespace gridsafe
