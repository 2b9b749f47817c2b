#include "domain/Enterprise.h"

#include "domain/WordFolding.h"
#include "protocol/FieldReader.h"

#include <QCborArray>
#include <QCoreApplication>

namespace gridsafe {

namespace {

QCborValue optionalInteger(const std::optional<qint64> &value)
{
    return value ? QCborValue(*value) : QCborValue(nullptr);
}

QCborValue optionalNumber(const std::optional<double> &value)
{
    return value ? QCborValue(*value) : QCborValue(nullptr);
}

} // namespace

QString patrolCategoryKey(PatrolCategory category)
{
    switch (category) {
    case PatrolCategory::KeyIndustry:
        return QStringLiteral("keyIndustry");
    case PatrolCategory::AboveScale:
        return QStringLiteral("aboveScale");
    case PatrolCategory::BelowScale:
        break;
    }
    return QStringLiteral("belowScale");
}

QString patrolCategoryDisplayName(PatrolCategory category)
{
    switch (category) {
    case PatrolCategory::KeyIndustry:
        return QCoreApplication::translate("Enterprise", "Key industry");
    case PatrolCategory::AboveScale:
        return QCoreApplication::translate("Enterprise", "Non-key, above scale");
    case PatrolCategory::BelowScale:
        break;
    }
    return QCoreApplication::translate("Enterprise", "Non-key, below scale");
}

QString enterpriseScaleKey(EnterpriseScale scale)
{
    return scale == EnterpriseScale::Above ? QStringLiteral("above") : QStringLiteral("below");
}

std::optional<EnterpriseScale> enterpriseScaleFromKey(const QString &key)
{
    if (key == QLatin1String("above"))
        return EnterpriseScale::Above;
    if (key == QLatin1String("below"))
        return EnterpriseScale::Below;
    return std::nullopt;
}

std::optional<EnterpriseScale> enterpriseScaleFromText(const QString &text)
{
    const QString word = foldedWord(text);
    static const QStringList above{QStringLiteral("规上"), QStringLiteral("规模以上"),
                                   QStringLiteral("规上企业"), QStringLiteral("是"), QStringLiteral("above")};
    static const QStringList below{QStringLiteral("规下"), QStringLiteral("规模以下"),
                                   QStringLiteral("规下企业"), QStringLiteral("否"), QStringLiteral("below")};
    if (above.contains(word) || word == foldedWord(enterpriseScaleDisplayName(EnterpriseScale::Above)))
        return EnterpriseScale::Above;
    if (below.contains(word) || word == foldedWord(enterpriseScaleDisplayName(EnterpriseScale::Below)))
        return EnterpriseScale::Below;
    return std::nullopt;
}

QString enterpriseScaleDisplayName(EnterpriseScale scale)
{
    return scale == EnterpriseScale::Above ? QCoreApplication::translate("Enterprise", "Above scale")
                                           : QCoreApplication::translate("Enterprise", "Below scale");
}

QString enterpriseStatusKey(EnterpriseStatus status)
{
    switch (status) {
    case EnterpriseStatus::Operating:
        return QStringLiteral("operating");
    case EnterpriseStatus::Suspended:
        return QStringLiteral("suspended");
    case EnterpriseStatus::Closed:
        break;
    }
    return QStringLiteral("closed");
}

std::optional<EnterpriseStatus> enterpriseStatusFromKey(const QString &key)
{
    for (EnterpriseStatus status :
         {EnterpriseStatus::Operating, EnterpriseStatus::Suspended, EnterpriseStatus::Closed}) {
        if (enterpriseStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

std::optional<EnterpriseStatus> enterpriseStatusFromText(const QString &text)
{
    const QString word = foldedWord(text);
    static const QStringList operating{QStringLiteral("在产"), QStringLiteral("正常"),
                                       QStringLiteral("生产"), QStringLiteral("正常生产"),
                                       QStringLiteral("在业"), QStringLiteral("存续")};
    static const QStringList suspended{QStringLiteral("停产"), QStringLiteral("停业"),
                                       QStringLiteral("停产停业"), QStringLiteral("半停产")};
    static const QStringList closed{QStringLiteral("关闭"), QStringLiteral("注销"), QStringLiteral("关停"),
                                    QStringLiteral("已关闭"), QStringLiteral("吊销")};
    for (EnterpriseStatus status :
         {EnterpriseStatus::Operating, EnterpriseStatus::Suspended, EnterpriseStatus::Closed}) {
        const QStringList &words = status == EnterpriseStatus::Operating   ? operating
                                   : status == EnterpriseStatus::Suspended ? suspended
                                                                           : closed;
        if (words.contains(word) || word == enterpriseStatusKey(status)
            || word == foldedWord(enterpriseStatusDisplayName(status)))
            return status;
    }
    return std::nullopt;
}

QString enterpriseStatusDisplayName(EnterpriseStatus status)
{
    switch (status) {
    case EnterpriseStatus::Operating:
        return QCoreApplication::translate("Enterprise", "Operating");
    case EnterpriseStatus::Suspended:
        return QCoreApplication::translate("Enterprise", "Suspended");
    case EnterpriseStatus::Closed:
        break;
    }
    return QCoreApplication::translate("Enterprise", "Closed");
}

QString enterpriseScaleSheetText(EnterpriseScale scale)
{
    return scale == EnterpriseScale::Above ? QStringLiteral("规上") : QStringLiteral("规下");
}

QString enterpriseStatusSheetText(EnterpriseStatus status)
{
    switch (status) {
    case EnterpriseStatus::Operating:
        return QStringLiteral("在产");
    case EnterpriseStatus::Suspended:
        return QStringLiteral("停产");
    case EnterpriseStatus::Closed:
        break;
    }
    return QStringLiteral("关闭");
}

PatrolCategory patrolCategoryOf(bool keySector, EnterpriseScale scale)
{
    if (keySector)
        return PatrolCategory::KeyIndustry;
    return scale == EnterpriseScale::Above ? PatrolCategory::AboveScale : PatrolCategory::BelowScale;
}

Supervision supervisionOf(bool inGrid, bool direct)
{
    if (inGrid)
        return Supervision::Grid;
    return direct ? Supervision::Direct : Supervision::None;
}

PatrolCategory Enterprise::category() const
{
    return patrolCategoryOf(sector.has_value(), scale);
}

Supervision Enterprise::supervision() const
{
    return supervisionOf(gridId.has_value(), !directReason.isEmpty());
}

QCborMap Enterprise::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("creditCode"), creditCode);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("address"), address);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("villageId"), optionalInteger(villageId));
    map.insert(QStringLiteral("industry"), industry);
    map.insert(QStringLiteral("sector"), sector ? QCborValue(keySectorKey(*sector)) : QCborValue(nullptr));
    map.insert(QStringLiteral("focusFlags"), QCborArray::fromStringList(focusFlags));
    map.insert(QStringLiteral("scale"), enterpriseScaleKey(scale));
    map.insert(QStringLiteral("employees"), employees ? QCborValue(qint64(*employees)) : QCborValue(nullptr));
    map.insert(QStringLiteral("legalRepresentative"), legalRepresentative);
    map.insert(QStringLiteral("safetyContact"), safetyContact);
    map.insert(QStringLiteral("safetyPhone"), safetyPhone);
    map.insert(QStringLiteral("status"), enterpriseStatusKey(status));
    map.insert(QStringLiteral("longitude"), optionalNumber(longitude));
    map.insert(QStringLiteral("latitude"), optionalNumber(latitude));
    map.insert(QStringLiteral("gridId"), optionalInteger(gridId));
    map.insert(QStringLiteral("directReason"), directReason);
    if (risk) {
        QCborMap report;
        report.insert(QStringLiteral("kind"), riskReportKindKey(risk->kind));
        report.insert(QStringLiteral("reportedOn"), risk->reportedOn);
        report.insert(QStringLiteral("level"), riskLevelKey(risk->level));
        map.insert(QStringLiteral("risk"), report);
    } else {
        map.insert(QStringLiteral("risk"), QCborValue(nullptr));
    }
    map.insert(QStringLiteral("revision"), revision);
    map.insert(QStringLiteral("createdAt"), createdAt);
    map.insert(QStringLiteral("updatedAt"), updatedAt);
    return map;
}

Result<Enterprise> Enterprise::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("enterprise"));
    Enterprise value;
    value.id = fields.integer(QStringLiteral("id"));
    value.creditCode = fields.text(QStringLiteral("creditCode"));
    value.name = fields.text(QStringLiteral("name"));
    value.address = fields.optionalText(QStringLiteral("address")).value_or(QString());
    value.townId = fields.integer(QStringLiteral("townId"));
    value.villageId = fields.optionalInteger(QStringLiteral("villageId"));
    value.industry = fields.optionalText(QStringLiteral("industry")).value_or(QString());
    const std::optional<QString> sector = fields.optionalText(QStringLiteral("sector"));
    const QCborArray flags = payload.value(QStringLiteral("focusFlags")).toArray();
    const QString scale = fields.text(QStringLiteral("scale"));
    const std::optional<qint64> employees = fields.optionalInteger(QStringLiteral("employees"));
    value.legalRepresentative =
        fields.optionalText(QStringLiteral("legalRepresentative")).value_or(QString());
    value.safetyContact = fields.optionalText(QStringLiteral("safetyContact")).value_or(QString());
    value.safetyPhone = fields.optionalText(QStringLiteral("safetyPhone")).value_or(QString());
    const QString status = fields.text(QStringLiteral("status"));
    const QCborValue longitude = payload.value(QStringLiteral("longitude"));
    const QCborValue latitude = payload.value(QStringLiteral("latitude"));
    value.gridId = fields.optionalInteger(QStringLiteral("gridId"));
    value.directReason = fields.optionalText(QStringLiteral("directReason")).value_or(QString());
    const QCborValue risk = payload.value(QStringLiteral("risk"));
    value.revision = int(fields.integer(QStringLiteral("revision")));
    value.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    value.updatedAt = fields.optionalText(QStringLiteral("updatedAt")).value_or(QString());
    if (!fields.ok())
        return fields.error();

    auto unknown = [](const QString &what, const QString &word) {
        return makeError(ErrorCode::BadMessage, QStringLiteral("unknown enterprise %1 '%2'").arg(what, word));
    };
    if (sector) {
        value.sector = keySectorFromKey(*sector);
        if (!value.sector)
            return unknown(QStringLiteral("sector"), *sector);
    }
    for (const QCborValue &flag : flags) {
        if (!flag.isString())
            return makeError(ErrorCode::BadMessage, QStringLiteral("enterprise focusFlags must be texts"));
        value.focusFlags.append(flag.toString());
    }
    const auto knownScale = enterpriseScaleFromKey(scale);
    if (!knownScale)
        return unknown(QStringLiteral("scale"), scale);
    value.scale = *knownScale;
    if (employees)
        value.employees = int(*employees);
    const auto knownStatus = enterpriseStatusFromKey(status);
    if (!knownStatus)
        return unknown(QStringLiteral("status"), status);
    value.status = *knownStatus;
    if (longitude.isDouble() || longitude.isInteger())
        value.longitude = longitude.toDouble();
    if (latitude.isDouble() || latitude.isInteger())
        value.latitude = latitude.toDouble();
    if (risk.isMap()) {
        const QCborMap report = risk.toMap();
        const auto kind = riskReportKindFromKey(report.value(QStringLiteral("kind")).toString());
        const auto level = riskLevelFromKey(report.value(QStringLiteral("level")).toString());
        if (!kind || !level)
            return unknown(QStringLiteral("risk report"), report.value(QStringLiteral("level")).toString());
        value.risk = RiskSummary{*kind, report.value(QStringLiteral("reportedOn")).toString(), *level};
    }
    return value;
}

} // namespace gridsafe
