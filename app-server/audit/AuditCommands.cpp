#include "audit/AuditCommands.h"

#include "audit/AuditLog.h"
#include "commands/CommandRegistry.h"
#include "domain/CommandName.h"

namespace gridsafe {

void registerAuditCommands(CommandRegistry &registry)
{
    // The log of the command's own connection: commands run on the writer's thread.
    registry.add(QString::fromLatin1(cmd::kAuditVerify),
                 [](CommandContext &context, const QCborMap &) -> Result<QCborMap> {
                     auto verification = AuditLog(context.db, context.clock).verify();
                     if (!verification)
                         return verification.error();
                     QCborMap result;
                     result.insert(QStringLiteral("intact"), verification->intact);
                     result.insert(QStringLiteral("entries"), verification->entries);
                     if (!verification->intact)
                         result.insert(QStringLiteral("firstBrokenId"), verification->firstBrokenId);
                     return result;
                 });
}

} // namespace gridsafe
