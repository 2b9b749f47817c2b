#include "domain/Inspector.h"

#include "protocol/FieldReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gridsafe {

namespace {

QCborValue optionalId(const std::optional<qint64> &id)
{
    return id ? QCborValue(*id) : QCborValue(nullptr);
}

} // namespace

QString Inspector::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SafetyOfficer:
        return QStringLiteral("safetyOfficer");
    case Kind::TownStaff:
        return QStringLiteral("townStaff");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<Inspector::Kind> Inspector::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::SafetyOfficer, Kind::TownStaff, Kind::Other}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QCborMap Inspector::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("phone"), phone);
    map.insert(QStringLiteral("kind"), kindName(kind));
    map.insert(QStringLiteral("unitRegionId"), optionalId(unitRegionId));
    map.insert(QStringLiteral("unit"), unit);
    map.insert(QStringLiteral("userId"), optionalId(userId));
    map.insert(QStringLiteral("active"), active);
    map.insert(QStringLiteral("revision"), revision);
    map.insert(QStringLiteral("createdAt"), createdAt);
    map.insert(QStringLiteral("updatedAt"), updatedAt);
    return map;
}

Result<Inspector> Inspector::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("inspector"));
    Inspector inspector;
    inspector.id = fields.integer(QStringLiteral("id"));
    inspector.townId = fields.integer(QStringLiteral("townId"));
    inspector.name = fields.text(QStringLiteral("name"));
    inspector.phone = fields.text(QStringLiteral("phone"));
    const QString kind = fields.text(QStringLiteral("kind"));
    inspector.unitRegionId = fields.optionalInteger(QStringLiteral("unitRegionId"));
    inspector.unit = fields.optionalText(QStringLiteral("unit")).value_or(QString());
    inspector.userId = fields.optionalInteger(QStringLiteral("userId"));
    inspector.active = fields.boolean(QStringLiteral("active"), true);
    inspector.revision = int(fields.integer(QStringLiteral("revision")));
    inspector.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    inspector.updatedAt = fields.optionalText(QStringLiteral("updatedAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    const std::optional<Kind> known = kindFromName(kind);
    if (!known)
        return makeError(ErrorCode::BadMessage, QStringLiteral("unknown inspector kind '%1'").arg(kind));
    inspector.kind = *known;
    return inspector;
}

Result<QString> normalizePhone(const QString &input)
{
    // Spaces and hyphens between groups are typing, not the number: compare digits.
    QString phone = input.trimmed();
    QString extension;
    static const QRegularExpression kExtension(QStringLiteral("^(.*[0-9])-([0-9]{1,5})$"));
    QString digits = phone;
    digits.remove(QLatin1Char(' '));
    static const QRegularExpression kMobile(QStringLiteral("^1[3-9][0-9]{9}$"));
    if (QString mobile = QString(digits).remove(QLatin1Char('-')); kMobile.match(mobile).hasMatch())
        return mobile;
    // A landline may end in an extension after a last hyphen (0519-88001234-802).
    if (const auto match = kExtension.match(digits);
        match.hasMatch() && digits.count(QLatin1Char('-')) >= 2) {
        digits = match.captured(1);
        extension = match.captured(2);
    }
    digits.remove(QLatin1Char('-'));
    // Area codes: 010 and 02x have three digits, the others four (0519 for Changzhou).
    static const QRegularExpression kLandline(
        QStringLiteral("^(0(?:10|2[0-9]|[3-9][0-9]{2}))([1-9][0-9]{6,7})$"));
    if (const auto match = kLandline.match(digits); match.hasMatch())
        return match.captured(1) + QLatin1Char('-') + match.captured(2)
               + (extension.isEmpty() ? QString() : QLatin1Char('-') + extension);
    if (phone.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("PhoneRules", "Enter a phone number."));
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("PhoneRules",
                                                 "\"%1\" is not a phone number: enter an 11-digit mobile "
                                                 "number (13912345678) or a landline with its area code "
                                                 "(0519-88001234).")
                         .arg(phone));
}

} // namespace gridsafe
