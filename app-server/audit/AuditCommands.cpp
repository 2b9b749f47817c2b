#include "audit/AuditCommands.h"

#include "audit/AuditLog.h"
#include "commands/CommandRegistry.h"
#include "domain/CommandName.h"

namespace gridsafe {

void registerAuditCommands(CommandRegistry &registry, const AuditLog &audit)
{
    registry.add(QString::fromLatin1(cmd::kAuditVerify),
                 [&audit](CommandContext &, const QCborMap &) -> Result<QCborMap> {
                     auto verification = audit.verify();
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
