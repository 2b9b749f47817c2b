#include "domain/TrainingPlan.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QCborMap TrainingPlan::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("year"), year);
    map.insert(QStringLiteral("requiredHours"), requiredHours);
    QCborArray list;
    for (const Item &item : items) {
        list.append(QCborMap{{QStringLiteral("month"), item.month},
                             {QStringLiteral("topic"), item.topic},
                             {QStringLiteral("hours"), item.hours}});
    }
    map.insert(QStringLiteral("items"), list);
    map.insert(QStringLiteral("note"), note);
    map.insert(QStringLiteral("revision"), revision);
    map.insert(QStringLiteral("updatedAt"), updatedAt);
    return map;
}

Result<TrainingPlan> TrainingPlan::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("trainingPlan"));
    TrainingPlan plan;
    plan.id = fields.integer(QStringLiteral("id"));
    plan.townId = fields.integer(QStringLiteral("townId"));
    plan.year = int(fields.integer(QStringLiteral("year")));
    plan.requiredHours = fields.number(QStringLiteral("requiredHours"));
    const QCborArray list = fields.array(QStringLiteral("items"));
    plan.note = fields.optionalText(QStringLiteral("note")).value_or(QString());
    plan.revision = int(fields.integer(QStringLiteral("revision")));
    plan.updatedAt = fields.optionalText(QStringLiteral("updatedAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    for (const QCborValue &value : list) {
        FieldReader itemFields(value.toMap(), QStringLiteral("trainingPlan.items"));
        Item item;
        item.month = int(itemFields.integer(QStringLiteral("month")));
        item.topic = itemFields.text(QStringLiteral("topic"));
        item.hours = itemFields.number(QStringLiteral("hours"));
        if (!value.isMap() || !itemFields.ok())
            return itemFields.ok()
                       ? makeError(ErrorCode::BadMessage, QStringLiteral("a plan item is not a map"))
                       : itemFields.error();
        plan.items.append(item);
    }
    return plan;
}

} // namespace gridsafe
