#pragma once
// 网格员 — a grid inspector: a person (usually the village's safety officer 安管员, town
// staff for park grids), optionally linked to the user account they sign in with.

#include "util/Result.h"

#include <QCborMap>
#include <QString>

#include <optional>

namespace gridsafe {

struct Inspector
{
    enum class Kind { SafetyOfficer, TownStaff, Other }; // 安管员, 镇（街道）工作人员, 其他

    qint64 id = 0;
    qint64 townId = 0;
    QString name;
    QString phone;
    Kind kind = Kind::SafetyOfficer;
    std::optional<qint64> unitRegionId; // the village or community they belong to
    QString unit;                       // or the unit by name (镇应急办)
    std::optional<qint64> userId;       // an account of role inspector in the same town
    bool active = true;
    int revision = 1;
    QString createdAt;
    QString updatedAt;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    QCborMap toPayload() const;
    static Result<Inspector> fromPayload(const QCborMap &payload);
};

inline constexpr int kMaxPersonNameLength = 20;
inline constexpr int kMaxUnitLength = 60;

// Mainland mobile numbers (11 digits from 1[3-9], kept as digits) and landlines (area code,
// hyphen, number, and an optional "-extension": "0519-88001234"), whatever spaces and
// hyphens were typed between the groups, so one number has one spelling.
Result<QString> normalizePhone(const QString &input);

} // namespace gridsafe
