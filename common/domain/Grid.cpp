#include "domain/Grid.h"

#include "protocol/FieldReader.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QRegularExpression>

namespace gridsafe {

QString Grid::statusName(Status status)
{
    return status == Status::Active ? QStringLiteral("active") : QStringLiteral("retired");
}

QString Grid::kindName(Kind kind)
{
    return kind == Kind::Park ? QStringLiteral("park") : QStringLiteral("village");
}

std::optional<Grid::Kind> Grid::kindFromName(const QString &name)
{
    if (name == QLatin1String("village"))
        return Kind::Village;
    if (name == QLatin1String("park"))
        return Kind::Park;
    return std::nullopt;
}

QCborMap Grid::toPayload() const
{
    QCborMap map;
    map.insert(QStringLiteral("id"), id);
    map.insert(QStringLiteral("townId"), townId);
    map.insert(QStringLiteral("code"), code);
    map.insert(QStringLiteral("name"), name);
    map.insert(QStringLiteral("kind"), kindName(kind));
    map.insert(QStringLiteral("part"), part);
    map.insert(QStringLiteral("status"), statusName(status));
    map.insert(QStringLiteral("revision"), revision);
    QCborArray areas;
    for (qint64 area : areaIds)
        areas.append(area);
    map.insert(QStringLiteral("areaIds"), areas);
    map.insert(QStringLiteral("inspectorId"), inspectorId ? QCborValue(*inspectorId) : QCborValue(nullptr));
    map.insert(QStringLiteral("assignmentId"),
               assignmentId ? QCborValue(*assignmentId) : QCborValue(nullptr));
    map.insert(QStringLiteral("createdAt"), createdAt);
    map.insert(QStringLiteral("updatedAt"), updatedAt);
    if (status == Status::Retired) {
        map.insert(QStringLiteral("retiredAt"), retiredAt);
        map.insert(QStringLiteral("retireReason"), retireReason);
    }
    return map;
}

Result<Grid> Grid::fromPayload(const QCborMap &payload)
{
    FieldReader fields(payload, QStringLiteral("grid"));
    Grid grid;
    grid.id = fields.integer(QStringLiteral("id"));
    grid.townId = fields.integer(QStringLiteral("townId"));
    grid.code = fields.optionalText(QStringLiteral("code")).value_or(QString());
    grid.name = fields.text(QStringLiteral("name"));
    const QString kind = fields.optionalText(QStringLiteral("kind")).value_or(QStringLiteral("village"));
    grid.part = fields.optionalText(QStringLiteral("part")).value_or(QString());
    const QString status = fields.text(QStringLiteral("status"));
    grid.revision = int(fields.integer(QStringLiteral("revision")));
    grid.areaIds = fields.integerList(QStringLiteral("areaIds"));
    grid.inspectorId = fields.optionalInteger(QStringLiteral("inspectorId"));
    grid.assignmentId = fields.optionalInteger(QStringLiteral("assignmentId"));
    grid.createdAt = fields.optionalText(QStringLiteral("createdAt")).value_or(QString());
    grid.updatedAt = fields.optionalText(QStringLiteral("updatedAt")).value_or(QString());
    grid.retiredAt = fields.optionalText(QStringLiteral("retiredAt")).value_or(QString());
    grid.retireReason = fields.optionalText(QStringLiteral("retireReason")).value_or(QString());
    if (!fields.ok())
        return fields.error();
    if (status != QLatin1String("active") && status != QLatin1String("retired"))
        return makeError(ErrorCode::BadMessage, QStringLiteral("unknown grid status '%1'").arg(status));
    const std::optional<Kind> knownKind = kindFromName(kind);
    if (!knownKind)
        return makeError(ErrorCode::BadMessage, QStringLiteral("unknown grid kind '%1'").arg(kind));
    grid.kind = *knownKind;
    grid.status = status == QLatin1String("retired") ? Status::Retired : Status::Active;
    return grid;
}

bool gridKindFits(Grid::Kind kind, RegionKind area)
{
    return (area == RegionKind::Park) == (kind == Grid::Kind::Park);
}

Result<QString> normalizeGridCode(const QString &input)
{
    const QString code = input.trimmed().toUpper();
    if (code.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("GridRules", "Enter a grid code, such as WG-01."));
    if (code.size() > kMaxGridCodeLength)
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("GridRules", "A grid code has at most %1 characters; \"%2\" has %3.")
                .arg(kMaxGridCodeLength)
                .arg(code)
                .arg(code.size()));
    static const QRegularExpression kPattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]*$"));
    if (!kPattern.match(code).hasMatch())
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("GridRules",
                                        "A grid code may hold only the letters A–Z, digits and hyphens, and "
                                        "starts with a letter or digit (such as WG-01); \"%1\" does not.")
                .arg(code));
    return code;
}

} // namespace gridsafe
