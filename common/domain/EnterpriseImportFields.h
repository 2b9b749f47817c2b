#pragma once
// The fields an enterprise import row may carry, as the client sends them (text values under
// these keys, docs/PROTOCOL.md §6.8) and as town sheets title their columns. Headers are
// matched loosely: spaces, full- or half-width brackets and a required-field star do not
// matter, and the common variants are known ("社会信用代码", "镇街", "法人代表" …).

#include <QString>
#include <QStringList>

#include <optional>

namespace gridsafe::importfield {

inline constexpr char kCreditCode[] = "creditCode";
inline constexpr char kName[] = "name";
inline constexpr char kAddress[] = "address";
inline constexpr char kTown[] = "town";
inline constexpr char kVillage[] = "village";
inline constexpr char kIndustry[] = "industry";
inline constexpr char kSector[] = "sector";
inline constexpr char kFocusFlags[] = "focusFlags";
inline constexpr char kScale[] = "scale";
inline constexpr char kEmployees[] = "employees";
inline constexpr char kLegalRepresentative[] = "legalRepresentative";
inline constexpr char kSafetyContact[] = "safetyContact";
inline constexpr char kSafetyPhone[] = "safetyPhone";
inline constexpr char kStatus[] = "status";
inline constexpr char kLongitude[] = "longitude";
inline constexpr char kLatitude[] = "latitude";
inline constexpr char kGrid[] = "grid";
inline constexpr char kDirectReason[] = "directReason";
inline constexpr char kRiskLevel[] = "riskLevel";
inline constexpr char kRiskKind[] = "riskKind";
inline constexpr char kRiskReportedOn[] = "riskReportedOn";

} // namespace gridsafe::importfield

namespace gridsafe {

// Every field key, in the order an export writes its columns.
QStringList enterpriseImportFields();
// Fields a new enterprise cannot do without.
QStringList requiredEnterpriseImportFields();
// The standard Chinese column title ("统一社会信用代码"): templates and exports use it.
QString enterpriseImportHeader(const QString &field);
// The field's name in the user's language, for the mapping dialog.
QString enterpriseImportFieldLabel(const QString &field);
// The field a column title stands for, if any.
std::optional<QString> matchEnterpriseImportHeader(const QString &header);

// Separators between focus flags in one cell: 、，, ; ；/ and line breaks.
QStringList splitFocusFlagCell(const QString &cell);

} // namespace gridsafe
