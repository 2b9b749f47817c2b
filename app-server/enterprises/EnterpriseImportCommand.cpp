#include "enterprises/EnterpriseImportCommand.h"

#include "commands/CommandContext.h"
#include "domain/EntityName.h"
#include "enterprises/EnterpriseImport.h"
#include "enterprises/ImportJobRepository.h"
#include "protocol/FieldReader.h"

#include <QCoreApplication>

namespace gridsafe {

Result<QCborMap> importEnterprises(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const qint64 jobId = fields.integer(QStringLiteral("jobId"));
    if (!fields.ok())
        return fields.error();
    ImportJobRepository jobs(context.db);
    auto job = jobs.find(jobId);
    if (!job)
        return job.error();
    if (!job.value() || job.value()->userId != context.actor.userId)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("EnterpriseImportCommand",
                                        "Import %1 is not open: it was committed, cancelled, replaced "
                                        "by a newer import or left idle too long. Start the import "
                                        "again.")
                .arg(jobId));
    if (job.value()->rowsStaged < job.value()->rowCount)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("EnterpriseImportCommand",
                                                                         "Only %1 of %2 rows have arrived.")
                                                 .arg(job.value()->rowsStaged)
                                                 .arg(job.value()->rowCount));
    auto summary = EnterpriseImport::apply(context, *job.value());
    if (!summary)
        return summary.error();
    if (Status removed = jobs.remove(jobId); !removed)
        return removed.error();
    context.auditEntity = QString::fromLatin1(entity::kEnterprise);
    context.auditDetail.insert(QStringLiteral("fileName"), job.value()->fileName);
    context.auditDetail.insert(QStringLiteral("rowCount"), job.value()->rowCount);
    context.auditDetail.insert(QStringLiteral("checksum"), job.value()->checksum);
    const QCborMap result = summary->toMap();
    for (auto it = result.cbegin(); it != result.cend(); ++it)
        context.auditDetail.insert(it.key().toString(), it.value().toInteger());
    return result;
}

} // namespace gridsafe
