#include "regions/BoundaryCommands.h"

#include "commands/CommandRegistry.h"
#include "domain/Boundary.h"
#include "domain/CommandName.h"
#include "domain/EntityName.h"
#include "domain/GeoJsonBoundaries.h"
#include "protocol/FieldReader.h"
#include "regions/BoundaryMatcher.h"
#include "regions/BoundaryRepository.h"
#include "regions/RegionRepository.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

namespace gridsafe {

namespace {

constexpr int kProblemsShown = 10;

Error nothingImported(const QStringList &problems)
{
    QStringList lines = problems.mid(0, kProblemsShown);
    if (problems.size() > kProblemsShown)
        lines.append(QCoreApplication::translate("BoundaryCommands", "… and %1 more.")
                         .arg(problems.size() - kProblemsShown));
    return makeError(ErrorCode::Invalid,
                     QCoreApplication::translate("BoundaryCommands", "No boundary was imported:\n%1")
                         .arg(lines.join(QLatin1Char('\n'))));
}

// The whole file is checked (parsed, every feature matched) before anything is written, and
// the matched areas' outlines are then replaced in the command's one transaction; the audit
// keeps the feature count and the text's checksum, not the coordinates.
Result<QCborMap> importBoundaries(CommandContext &context, const QCborMap &args)
{
    FieldReader fields(args, QStringLiteral("args"), &context.argumentsRead);
    const std::optional<QString> matchByName = fields.optionalText(QStringLiteral("matchBy"));
    FieldReader content(args, QStringLiteral("args")); // not recorded: megabytes of coordinates
    const QString geojson = content.text(QStringLiteral("geojson"));
    if (!fields.ok())
        return fields.error();
    if (!content.ok())
        return content.error();
    BoundaryMatcher::MatchBy matchBy = BoundaryMatcher::MatchBy::Either;
    if (matchByName) {
        const std::optional<BoundaryMatcher::MatchBy> chosen = BoundaryMatcher::matchByFromName(*matchByName);
        if (!chosen)
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("BoundaryCommands",
                                                         "matchBy is \"code\" or \"name\", not \"%1\".")
                                 .arg(matchByName->left(20)));
        matchBy = *chosen;
    }
    const QByteArray bytes = geojson.toUtf8();
    if (bytes.size() > kMaxBoundaryImportBytes)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("BoundaryCommands",
                                                     "The GeoJSON text is %1 bytes; at most %2 bytes can be "
                                                     "imported at once. Import the towns in separate files.")
                             .arg(bytes.size())
                             .arg(kMaxBoundaryImportBytes));
    auto features = parseGeoJsonBoundaries(bytes);
    if (!features)
        return features.error();
    auto regions = RegionRepository(context.db).all();
    if (!regions)
        return regions.error();
    const BoundaryMatcher::Outcome matched =
        BoundaryMatcher(regions.value()).match(features.value(), matchBy);
    if (!matched.problems.isEmpty())
        return nothingImported(matched.problems);

    BoundaryRepository boundaries(context.db);
    int created = 0;
    for (qsizetype i = 0; i < features->size(); ++i) {
        const Region &area = matched.areas.at(i);
        Boundary boundary;
        boundary.regionId = area.id;
        boundary.townId = area.townId.value_or(0);
        boundary.crs = features->at(i).crs;
        boundary.polygons = features->at(i).polygons;
        boundary.updatedAt = context.nowText();
        auto stored = boundaries.replace(boundary);
        if (!stored)
            return stored.error();
        created += stored->revision == 1 ? 1 : 0;
        if (Status recorded = context.changes.record(QString::fromLatin1(entity::kBoundary), area.id,
                                                     area.townId, stored->toPayload());
            !recorded)
            return recorded.error();
    }
    const int count = int(features->size());
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    context.auditEntity = QString::fromLatin1(entity::kBoundary);
    context.auditDetail =
        QJsonObject{{QStringLiteral("features"), count}, {QStringLiteral("sha256"), sha256}};
    QCborMap result;
    result.insert(QStringLiteral("features"), count);
    result.insert(QStringLiteral("created"), created);
    result.insert(QStringLiteral("replaced"), count - created);
    return result;
}

} // namespace

void registerBoundaryCommands(CommandRegistry &registry)
{
    registry.add(QString::fromLatin1(cmd::kRegionImportBoundaries), importBoundaries);
}

} // namespace gridsafe
