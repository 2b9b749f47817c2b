#include "domain/Agency.h"

#include "protocol/FieldReader.h"

#include <QCborArray>

namespace gridsafe {

QCborMap Agency::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("creditCode"), creditCode);
    map.insert(QStringLiteral("onCityList"), onCityList);
    map.insert(QStringLiteral("growthValue"), growthValue ? QCborValue(*growthValue) : QCborValue(nullptr));
    map.insert(QStringLiteral("growthValueOn"), growthValueOn);
    map.insert(QStringLiteral("contact"), contact);
    map.insert(QStringLiteral("phone"), phone);
    map.insert(QStringLiteral("revision"), revision);
    map.insert(QStringLiteral("createdAt"), createdAt);
    map.insert(QStringLiteral("updatedAt"), updatedAt);
    return map;
}

Result<Agency> Agency::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("agency"));
    Agency value;
    value.id = fields.integer(QStringLiteral("id"));
    value.name = fields.optionalText(QStringLiteral("name")).value_or(QString());
    value.creditCode = fields.optionalText(QStringLiteral("creditCode")).value_or(QString());
    value.onCityList = fields.boolean(QStringLiteral("onCityList"), false);
    value.growthValue = fields.optionalInteger(QStringLiteral("growthValue"));
    value.growthValueOn = fields.optionalText(QStringLiteral("growthValueOn")).value_or(QString());
    value.contact = fields.optionalText(QStringLiteral("contact")).value_or(QString());
    value.phone = fields.optionalText(QStringLiteral("phone")).value_or(QString());
    value.revision = int(fields.integer(QStringLiteral("revision")));
    value.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    value.updatedAt = fields.optionalText(QStringLiteral("updatedAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    return value;
}

} // namespace gridsafe
