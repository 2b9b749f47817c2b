#include "enterprises/EnterpriseRecorder.h"

#include "domain/EnterpriseRules.h"
#include "domain/EntityName.h"
#include "enterprises/RegisterPlaces.h"
#include "sync/ChangeFeed.h"

#include <QCborArray>

namespace gridsafe {

EnterpriseRecorder::EnterpriseRecorder(CommandContext &context, const RegisterPlaces &places) :
    m_context(context),
    m_places(places),
    m_repository(context.db),
    m_now(context.nowText())
{}

Status EnterpriseRecorder::create(Enterprise &enterprise, const QString &action)
{
    auto id = m_repository.insert(enterprise, m_now);
    if (!id)
        return id.error();
    enterprise.id = id.value();
    enterprise.revision = 1;
    enterprise.createdAt = m_now;
    enterprise.updatedAt = m_now;
    // A new enterprise's history starts with its creation; its first values are the record.
    if (Status logged = m_repository.appendChange(enterprise.id, m_now, m_context.actor.userId, action, {});
        !logged)
        return logged;
    return publish(enterprise);
}

Result<bool> EnterpriseRecorder::update(const Enterprise &before, Enterprise &after, const QString &action)
{
    const QList<FieldChange> changes = enterpriseChanges(before, after);
    const bool riskChanged =
        (before.risk.has_value() != after.risk.has_value())
        || (before.risk && after.risk
            && (before.risk->level != after.risk->level || before.risk->reportedOn != after.risk->reportedOn
                || before.risk->kind != after.risk->kind));
    if (changes.isEmpty() && !riskChanged)
        return false;
    after.id = before.id;
    after.createdAt = before.createdAt;
    if (Status written = m_repository.update(after, m_now); !written)
        return written.error();
    after.revision = before.revision + 1;
    after.updatedAt = m_now;
    if (!changes.isEmpty()) {
        QCborArray entries;
        for (const FieldChange &change : changes) {
            entries.append(
                QCborMap{{QStringLiteral("field"), change.field},
                         {QStringLiteral("before"), m_places.describe(change.field, change.before)},
                         {QStringLiteral("after"), m_places.describe(change.field, change.after)}});
        }
        if (Status logged =
                m_repository.appendChange(after.id, m_now, m_context.actor.userId, action, entries);
            !logged)
            return logged.error();
    }
    if (Status published = publish(after); !published)
        return published.error();
    return true;
}

Status EnterpriseRecorder::publish(const Enterprise &enterprise)
{
    return m_context.changes.record(QString::fromLatin1(entity::kEnterprise), enterprise.id,
                                    enterprise.townId, enterprise.toPayload());
}

} // namespace gridsafe
