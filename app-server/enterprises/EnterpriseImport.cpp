#include "enterprises/EnterpriseImport.h"

#include "commands/CommandContext.h"
#include "domain/CommandName.h"
#include "enterprises/EnterpriseRecorder.h"
#include "enterprises/EnterpriseRepository.h"
#include "enterprises/EnterpriseRowReader.h"
#include "enterprises/ImportLimits.h"
#include "enterprises/RegisterPlaces.h"

#include <QCborValue>

namespace gridsafe {

namespace {

// Every staged row through the reader, in file order; `use` gets each outcome.
Status readRows(const QSqlDatabase &db, EnterpriseRowReader &reader, const ImportJob &job,
                ImportSummary &summary, const std::function<Status(const ImportRowOutcome &, int row)> &use)
{
    return ImportJobRepository(db).forEachRow(job.id, [&](int position, const QByteArray &bytes) -> Status {
        const QCborMap staged = QCborValue::fromCbor(bytes).toMap();
        const int row = int(staged.value(QStringLiteral("row")).toInteger(position + 2));
        auto outcome = reader.read(staged.value(QStringLiteral("cells")).toMap(), row);
        if (!outcome)
            return outcome.error();
        ++summary.rows;
        switch (outcome->kind) {
        case ImportRowOutcome::Kind::Create:
            ++summary.creates;
            break;
        case ImportRowOutcome::Kind::Update:
            ++summary.updates;
            break;
        case ImportRowOutcome::Kind::Unchanged:
            ++summary.unchanged;
            break;
        case ImportRowOutcome::Kind::Refused:
            ++summary.refused;
            summary.problems += int(outcome->problems.size());
            break;
        }
        if (outcome->gridFromVillage && outcome->kind != ImportRowOutcome::Kind::Refused)
            ++summary.gridsFromVillage;
        return use(outcome.value(), row);
    });
}

} // namespace

QCborMap ImportSummary::toMap() const
{
    return QCborMap{{QStringLiteral("rows"), rows},
                    {QStringLiteral("creates"), creates},
                    {QStringLiteral("updates"), updates},
                    {QStringLiteral("unchanged"), unchanged},
                    {QStringLiteral("refused"), refused},
                    {QStringLiteral("problems"), problems},
                    {QStringLiteral("gridsFromVillage"), gridsFromVillage}};
}

Result<ImportSummary> EnterpriseImport::check(const QSqlDatabase &db, const Actor &actor,
                                              const ImportJob &job, const QString &today, const QString &now,
                                              const ImportLimits &limits)
{
    auto places = RegisterPlaces::load(db);
    if (!places)
        return places.error();
    EnterpriseRepository repository(db);
    EnterpriseRowReader reader(actor, places.value(), repository, today);
    ImportSummary summary;
    QList<ImportProblem> problems;
    Status read = readRows(db, reader, job, summary, [&](const ImportRowOutcome &outcome, int row) {
        for (const FieldProblem &problem : outcome.problems) {
            if (problems.size() < limits.maxProblemsStored)
                problems.append({row, problem.field, problem.message});
        }
        return success();
    });
    if (!read)
        return read.error();
    if (Status stored = ImportJobRepository(db).replaceProblems(job.id, problems, now); !stored)
        return stored.error();
    return summary;
}

Result<ImportSummary> EnterpriseImport::apply(CommandContext &context, const ImportJob &job)
{
    auto places = RegisterPlaces::load(context.db);
    if (!places)
        return places.error();
    EnterpriseRecorder recorder(context, places.value());
    EnterpriseRowReader reader(context.actor, places.value(), recorder.repository(), context.todayText());
    const QString action = QString::fromLatin1(cmd::kEnterpriseImport);
    ImportSummary summary;
    Status applied =
        readRows(context.db, reader, job, summary, [&](const ImportRowOutcome &outcome, int) -> Status {
            if (outcome.kind == ImportRowOutcome::Kind::Refused
                || outcome.kind == ImportRowOutcome::Kind::Unchanged)
                return success();
            Enterprise after = outcome.after;
            if (outcome.kind == ImportRowOutcome::Kind::Create) {
                if (Status created = recorder.create(after, action); !created)
                    return created;
            } else {
                auto updated = recorder.update(*outcome.before, after, action);
                if (!updated)
                    return updated.error();
            }
            if (outcome.report)
                return recorder.repository().insertRiskReport(after.id, *outcome.report, QString(),
                                                              context.actor.userId, context.nowText());
            return success();
        });
    if (!applied)
        return applied.error();
    return summary;
}

} // namespace gridsafe
