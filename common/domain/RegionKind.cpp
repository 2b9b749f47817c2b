#include "domain/RegionKind.h"

#include <algorithm>

#include <QCoreApplication>

namespace gridsafe {

QString regionKindName(RegionKind kind)
{
    switch (kind) {
    case RegionKind::District:
        return QStringLiteral("district");
    case RegionKind::Town:
        return QStringLiteral("town");
    case RegionKind::Street:
        return QStringLiteral("street");
    case RegionKind::Village:
        return QStringLiteral("village");
    case RegionKind::Community:
        return QStringLiteral("community");
    case RegionKind::Park:
        return QStringLiteral("park");
    }
    return {};
}

std::optional<RegionKind> regionKindFromName(const QString &name)
{
    for (RegionKind kind : {RegionKind::District, RegionKind::Town, RegionKind::Street, RegionKind::Village,
                            RegionKind::Community, RegionKind::Park}) {
        if (regionKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString regionKindDisplayName(RegionKind kind)
{
    switch (kind) {
    case RegionKind::District:
        return QCoreApplication::translate("RegionKind", "District");
    case RegionKind::Town:
        return QCoreApplication::translate("RegionKind", "Town");
    case RegionKind::Street:
        return QCoreApplication::translate("RegionKind", "Street");
    case RegionKind::Village:
        return QCoreApplication::translate("RegionKind", "Village");
    case RegionKind::Community:
        return QCoreApplication::translate("RegionKind", "Community");
    case RegionKind::Park:
        return QCoreApplication::translate("RegionKind", "Park");
    }
    return {};
}

bool isTownLevel(RegionKind kind)
{
    return kind == RegionKind::Town || kind == RegionKind::Street;
}

bool isGridArea(RegionKind kind)
{
    return kind == RegionKind::Village || kind == RegionKind::Community || kind == RegionKind::Park;
}

int regionCodeDigits(RegionKind kind)
{
    if (kind == RegionKind::District)
        return 6;
    return isTownLevel(kind) ? 9 : 12;
}

bool regionCodeFits(const QString &code, RegionKind kind)
{
    if (code.isEmpty())
        return true;
    return code.size() == regionCodeDigits(kind)
           && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace gridsafe
