#pragma once
// The closed word lists of the enterprise register: the eight 工贸 key-industry sectors, the
// special-focus flags, the 国民经济行业 (GB/T 4754-2017) divisions the zone's industry falls in,
// and the risk levels and report kinds of the Jiangsu risk report. Each word has a stable key
// (on the wire and in the database) and a display name in the user's language. Import files
// name them in Chinese, sometimes loosely ("机械行业", "规模以上"): the *FromText functions
// accept the key, the Chinese name and its common variants.

#include <QString>
#include <QStringList>

#include <optional>

namespace gridsafe {

enum class KeySector {
    Metallurgy,
    Nonferrous,
    BuildingMaterials,
    Machinery,
    LightIndustry,
    Textile,
    Tobacco,
    Commerce
};
enum class RiskLevel { Major, Significant, General, Low }; // 重大 / 较大 / 一般 / 低, red → blue
enum class RiskReportKind { First, Periodic, Change };     // 首次 / 定期 / 变更

QList<KeySector> allKeySectors();
QString keySectorKey(KeySector sector);
std::optional<KeySector> keySectorFromKey(const QString &key);
QString keySectorDisplayName(KeySector sector);
std::optional<KeySector> keySectorFromText(const QString &text);

QList<RiskLevel> allRiskLevels();
QString riskLevelKey(RiskLevel level);
std::optional<RiskLevel> riskLevelFromKey(const QString &key);
QString riskLevelDisplayName(RiskLevel level);
std::optional<RiskLevel> riskLevelFromText(const QString &text);
// The colour the province's risk map gives the level, as #rrggbb.
QString riskLevelColor(RiskLevel level);

QList<RiskReportKind> allRiskReportKinds();
QString riskReportKindKey(RiskReportKind kind);
std::optional<RiskReportKind> riskReportKindFromKey(const QString &key);
QString riskReportKindDisplayName(RiskReportKind kind);
std::optional<RiskReportKind> riskReportKindFromText(const QString &text);

// Focus flags are data: the five the rules name have keys and translated names; any other
// flag a town records (e.g. 涉爆粉尘 under another name) is kept as its own text.
QStringList knownFocusFlags(); // dust, ammonia, confinedSpace, hazardousChemicals, metalSmelting
QString focusFlagDisplayName(const QString &flag);
// The key for a known flag named by key or Chinese name, else the trimmed text itself.
QString focusFlagFromText(const QString &text);
inline constexpr int kMaxFocusFlags = 8;
inline constexpr int kMaxFocusFlagLength = 20;

// Industry divisions: key "C20", display "C20 木材加工和木、竹、藤、棕、草制品业".
QStringList industryKeys();
bool isIndustryKey(const QString &key);
QString industryName(const QString &key); // the division's name alone, translated
QString industryDisplayName(const QString &key);
// Accepts "C20", "20", the division's Chinese name, or "20 木材加工…" as exported.
std::optional<QString> industryFromText(const QString &text);

// The Chinese words a register sheet uses, whatever the user's language: exports write them
// so that an exported sheet imports again unchanged.
QString keySectorSheetText(KeySector sector);
QString riskLevelSheetText(RiskLevel level);
QString riskReportKindSheetText(RiskReportKind kind);
QString focusFlagSheetText(const QString &flag);
QString industrySheetText(const QString &key); // "C20 木材加工和木、竹、藤、棕、草制品业"

} // namespace gridsafe
