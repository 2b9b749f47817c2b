#pragma once
// Levels of the region tree: district (经开区) → town (镇) or street (街道) → village (村),
// community (社区) or park (园区/功能区).

#include <QString>

#include <optional>

namespace gridsafe {

enum class RegionKind { District, Town, Street, Village, Community, Park };

QString regionKindName(RegionKind kind);
std::optional<RegionKind> regionKindFromName(const QString &name);
QString regionKindDisplayName(RegionKind kind);
// Towns and streets are the town level: each has an emergency office and its own grids.
bool isTownLevel(RegionKind kind);
// Villages, communities and parks are what a grid covers.
bool isGridArea(RegionKind kind);
// Digits a 区划代码 of this level has (GB/T 2260 based): district 6, town or street 9, others 12.
int regionCodeDigits(RegionKind kind);
// Empty (not known), or exactly that many ASCII digits.
bool regionCodeFits(const QString &code, RegionKind kind);

} // namespace gridsafe
