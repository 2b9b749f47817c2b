#pragma once
// 工业企业 — an enterprise in the register: identified by its unified social credit code,
// placed in a town and village, classified (industry, key sector, focus flags, scale), with
// its latest risk report, and supervised either through exactly one grid of its town or
// directly by the town (with the reason) — never both; neither is a coverage gap.

#include "domain/EnterpriseVocabulary.h"
#include "util/Result.h"

#include <QCborMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace gridsafe {

// The patrol category decides how often an enterprise is patrolled and by which outline.
enum class PatrolCategory { KeyIndustry, AboveScale, BelowScale };
QString patrolCategoryKey(PatrolCategory category);
QString patrolCategoryDisplayName(PatrolCategory category);

enum class EnterpriseScale { Above, Below }; // 规上 / 规下
QString enterpriseScaleKey(EnterpriseScale scale);
std::optional<EnterpriseScale> enterpriseScaleFromKey(const QString &key);
std::optional<EnterpriseScale> enterpriseScaleFromText(const QString &text);
QString enterpriseScaleDisplayName(EnterpriseScale scale);
QString enterpriseScaleSheetText(EnterpriseScale scale); // 规上 / 规下, for sheets

enum class EnterpriseStatus { Operating, Suspended, Closed }; // 在产 / 停产 / 关闭
QString enterpriseStatusKey(EnterpriseStatus status);
std::optional<EnterpriseStatus> enterpriseStatusFromKey(const QString &key);
std::optional<EnterpriseStatus> enterpriseStatusFromText(const QString &text);
QString enterpriseStatusDisplayName(EnterpriseStatus status);
QString enterpriseStatusSheetText(EnterpriseStatus status); // 在产 / 停产 / 关闭, for sheets

enum class Supervision { Grid, Direct, None };

// The rules both the record and the register's compact rows derive their category and
// supervision by: a key sector first, then the scale; a grid first, then a direct reason.
PatrolCategory patrolCategoryOf(bool keySector, EnterpriseScale scale);
Supervision supervisionOf(bool inGrid, bool direct);

// The latest risk report, as the register shows it.
struct RiskSummary
{
    RiskReportKind kind = RiskReportKind::First;
    QString reportedOn; // yyyy-MM-dd
    RiskLevel level = RiskLevel::Low;
};

struct Enterprise
{
    qint64 id = 0;
    QString creditCode;
    QString name;
    QString address;
    qint64 townId = 0;
    std::optional<qint64> villageId; // a village, community or park of the town
    QString industry;                // an industry key ("C20") or empty
    std::optional<KeySector> sector; // none: not a key industry
    QStringList focusFlags;          // keys of known flags, or a town's own words
    EnterpriseScale scale = EnterpriseScale::Below;
    std::optional<int> employees;
    QString legalRepresentative;
    QString safetyContact;
    QString safetyPhone;
    EnterpriseStatus status = EnterpriseStatus::Operating;
    std::optional<double> longitude;
    std::optional<double> latitude;
    std::optional<qint64> gridId;
    QString directReason; // non-empty exactly when directly supervised
    std::optional<RiskSummary> risk;
    int revision = 1;
    QString createdAt;
    QString updatedAt;

    PatrolCategory category() const;
    Supervision supervision() const;

    QCborMap toPayload() const;
    static Result<Enterprise> fromPayload(const QCborMap &payload);
};

} // namespace gridsafe
