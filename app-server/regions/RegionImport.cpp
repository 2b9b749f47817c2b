#include "regions/RegionImport.h"

#include "ServerCore.h"
#include "audit/AuditLog.h"
#include "domain/NameRules.h"
#include "regions/CsvReader.h"
#include "regions/RegionRepository.h"
#include "sql/TransactionGuard.h"
#include "store/Database.h"
#include "sync/ChangeFeed.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QStringDecoder>

#include <optional>

namespace gridsafe {

namespace {

std::optional<RegionKind> kindFromCell(const QString &cell)
{
    static const QHash<QString, RegionKind> kKinds = {
        {QStringLiteral("镇"), RegionKind::Town},
        {QStringLiteral("街道"), RegionKind::Street},
        {QStringLiteral("村"), RegionKind::Village},
        {QStringLiteral("社区"), RegionKind::Community},
        {QStringLiteral("园区"), RegionKind::Park},
        {QStringLiteral("功能区"), RegionKind::Park},
        {QStringLiteral("town"), RegionKind::Town},
        {QStringLiteral("street"), RegionKind::Street},
        {QStringLiteral("village"), RegionKind::Village},
        {QStringLiteral("community"), RegionKind::Community},
        {QStringLiteral("park"), RegionKind::Park},
    };
    const auto it = kKinds.constFind(cell.trimmed().toLower());
    return it == kKinds.cend() ? std::nullopt : std::optional<RegionKind>(*it);
}

Status recordRegion(RegionRepository &regions, ChangeFeed &changes, qint64 id)
{
    auto stored = regions.find(id);
    if (!stored)
        return stored.error();
    return changes.record(QStringLiteral("region"), id, stored.value()->townId, stored.value()->toPayload());
}

} // namespace

Result<qint64> RegionImport::initDistrict(ServerCore &core, const QString &nameInput,
                                          const QString &codeInput)
{
    QSqlDatabase db = core.database().sql();
    RegionRepository regions(db);
    auto all = regions.all();
    if (!all)
        return all.error();
    for (const Region &region : all.value()) {
        if (region.kind == RegionKind::District)
            return makeError(
                ErrorCode::Invalid,
                QCoreApplication::translate("RegionImport", "The district already exists: %1 (id %2).")
                    .arg(region.name)
                    .arg(region.id));
    }
    auto name = normalizeName(nameInput, QCoreApplication::translate("RegionImport", "district name"),
                              kMaxRegionNameLength);
    if (!name)
        return name.error();
    const QString code = codeInput.trimmed();
    if (!regionCodeFits(code, RegionKind::District))
        return makeError(
            ErrorCode::Invalid,
            QCoreApplication::translate("RegionImport", "A district code has 6 digits (e.g. 320412)."));
    TransactionGuard transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Region district;
    district.kind = RegionKind::District;
    district.name = name.value();
    district.code = code;
    auto id = regions.insert(district);
    if (!id)
        return id;
    if (Status recorded = recordRegion(regions, core.changes(), id.value()); !recorded)
        return recorded.error();
    if (Status audited = core.audit().append({std::nullopt,
                                              QStringLiteral("console.initDistrict"),
                                              {},
                                              QStringLiteral("region"),
                                              id.value(),
                                              QJsonObject{{QStringLiteral("name"), name.value()}}});
        !audited)
        return audited.error();
    core.changes().discardTouchedScopes(); // no connections in this process to tell
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

QString RegionImport::checksum(const QByteArray &csv)
{
    return QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
}

Result<RegionImport::Plan> RegionImport::plan(QSqlDatabase db, const QByteArray &csv)
{
    Plan result;
    Outcome &outcome = result.outcome;
    auto decode = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(csv);
    if (decode.hasError()) {
        outcome.problems.append(
            {0, QCoreApplication::translate(
                    "RegionImport", "The file is not UTF-8 text. In Excel, save it as \"CSV UTF-8\".")});
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> rows = CsvReader::parse(text);
    if (rows.isEmpty()) {
        outcome.problems.append({0, QCoreApplication::translate("RegionImport", "The file is empty.")});
        return result;
    }
    // Columns by header name, in any order.
    QHash<QString, int> column;
    for (int i = 0; i < rows.first().size(); ++i) {
        const QString header = rows.first().at(i).trimmed().toLower();
        for (const auto &[key, names] :
             {std::pair{QStringLiteral("code"),
                        QStringList{QStringLiteral("区划代码"), QStringLiteral("code")}},
              std::pair{QStringLiteral("name"), QStringList{QStringLiteral("名称"), QStringLiteral("name")}},
              std::pair{QStringLiteral("kind"), QStringList{QStringLiteral("类型"), QStringLiteral("kind")}},
              std::pair{QStringLiteral("parent"),
                        QStringList{QStringLiteral("上级"), QStringLiteral("parent")}}}) {
            if (names.contains(header))
                column.insert(key, i);
        }
    }
    if (!column.contains(QStringLiteral("name")) || !column.contains(QStringLiteral("kind"))) {
        outcome.problems.append({1, QCoreApplication::translate(
                                        "RegionImport", "The first row must name the columns 区划代码, 名称, "
                                                        "类型, 上级 (名称 and 类型 are required).")});
        return result;
    }
    const auto cell = [&column](const QStringList &row, const QString &key) {
        const int index = column.value(key, -1);
        return index >= 0 && index < row.size() ? row.at(index).trimmed() : QString();
    };

    RegionRepository regions(db);
    auto all = regions.all();
    if (!all)
        return all.error();
    std::optional<Region> district;
    QHash<QString, qint64> townByKey;                       // name or code → existing town-level id
    QHash<QPair<qint64, QString>, qint64> existingChildren; // (parent id, name) → id
    for (const Region &region : all.value()) {
        if (region.kind == RegionKind::District)
            district = region;
        if (isTownLevel(region.kind)) {
            townByKey.insert(region.name, region.id);
            if (!region.code.isEmpty())
                townByKey.insert(region.code, region.id);
        }
        if (region.parentId)
            existingChildren.insert({*region.parentId, region.name}, region.id);
    }
    if (!district) {
        outcome.problems.append(
            {0, QCoreApplication::translate("RegionImport",
                                            "There is no district yet: run init --district NAME first.")});
        return result;
    }

    QList<PlannedRegion> &planned = result.regions;
    QHash<QString, int> plannedTownByKey;           // name or code → index in planned
    QHash<QPair<QString, QString>, int> plannedRow; // (parent key, name) → row, for duplicates
    for (int index = 1; index < rows.size(); ++index) {
        const QStringList &row = rows.at(index);
        const int rowNumber = index + 1;
        if (std::all_of(row.cbegin(), row.cend(),
                        [](const QString &field) { return field.trimmed().isEmpty(); }))
            continue;
        ++outcome.rows;
        const auto problem = [&](const QString &message) { outcome.problems.append({rowNumber, message}); };
        const std::optional<RegionKind> kind = kindFromCell(cell(row, QStringLiteral("kind")));
        if (!kind) {
            problem(QCoreApplication::translate("RegionImport",
                                                "类型 \"%1\" is not one of 镇, 街道, 村, 社区, 园区.")
                        .arg(cell(row, QStringLiteral("kind")).left(20)));
            continue;
        }
        auto name = normalizeName(cell(row, QStringLiteral("name")),
                                  QCoreApplication::translate("RegionImport", "name"), kMaxRegionNameLength);
        if (!name) {
            problem(name.error().message);
            continue;
        }
        const QString code = cell(row, QStringLiteral("code"));
        if (!regionCodeFits(code, *kind)) {
            problem(QCoreApplication::translate(
                        "RegionImport", "区划代码 \"%1\" should have %2 digits for this kind of area.")
                        .arg(code.left(20))
                        .arg(regionCodeDigits(*kind)));
            continue;
        }
        PlannedRegion entry{rowNumber, *kind, name.value(), code, std::nullopt, -1};
        const QString parentCell = cell(row, QStringLiteral("parent"));
        QString parentKey;
        if (isTownLevel(*kind)) {
            if (!parentCell.isEmpty() && parentCell != district->name && parentCell != district->code) {
                problem(QCoreApplication::translate(
                            "RegionImport",
                            "A town or street belongs to the district; leave 上级 empty (found \"%1\").")
                            .arg(parentCell.left(40)));
                continue;
            }
            entry.parentId = district->id;
            parentKey = QString::number(district->id);
        } else if (townByKey.contains(parentCell)) {
            entry.parentId = townByKey.value(parentCell);
            parentKey = QString::number(*entry.parentId);
        } else if (plannedTownByKey.contains(parentCell)) {
            entry.parentPlanned = plannedTownByKey.value(parentCell);
            parentKey = QStringLiteral("row%1").arg(planned.at(entry.parentPlanned).row);
        } else {
            problem(parentCell.isEmpty()
                        ? QCoreApplication::translate(
                            "RegionImport", "A village, community or park needs its town or street in 上级.")
                        : QCoreApplication::translate(
                              "RegionImport",
                              "上级 \"%1\" is no town or street in the database or in an earlier row.")
                              .arg(parentCell.left(40)));
            continue;
        }
        if (entry.parentId && existingChildren.contains({*entry.parentId, entry.name})) {
            ++outcome.existing;
            // Its villages may follow in the file, naming it by the code this file gives it.
            if (isTownLevel(*kind) && !code.isEmpty())
                townByKey.insert(code, existingChildren.value({*entry.parentId, entry.name}));
            continue;
        }
        const QPair<QString, QString> key{parentKey, entry.name};
        if (plannedRow.contains(key)) {
            problem(QCoreApplication::translate("RegionImport",
                                                "\"%1\" is already in row %2 under the same parent.")
                        .arg(entry.name)
                        .arg(plannedRow.value(key)));
            continue;
        }
        plannedRow.insert(key, rowNumber);
        if (isTownLevel(*kind)) {
            plannedTownByKey.insert(entry.name, int(planned.size()));
            if (!code.isEmpty())
                plannedTownByKey.insert(code, int(planned.size()));
        }
        planned.append(entry);
    }
    return result;
}

Result<int> RegionImport::apply(QSqlDatabase db, ChangeFeed &changes, const Plan &plan)
{
    RegionRepository regions(db);
    QList<qint64> createdIds;
    for (const PlannedRegion &entry : plan.regions) {
        Region region;
        region.kind = entry.kind;
        region.name = entry.name;
        region.code = entry.code;
        region.parentId =
            entry.parentId ? entry.parentId : std::optional<qint64>(createdIds.at(entry.parentPlanned));
        auto id = regions.insert(region);
        if (!id)
            return id.error();
        if (Status recorded = recordRegion(regions, changes, id.value()); !recorded)
            return recorded.error();
        createdIds.append(id.value());
    }
    return int(createdIds.size());
}

Result<RegionImport::Outcome> RegionImport::importCsv(ServerCore &core, const QByteArray &csv,
                                                      const QString &fileName)
{
    QSqlDatabase db = core.database().sql();
    auto planned = plan(db, csv);
    if (!planned)
        return planned.error();
    Outcome outcome = planned.value().outcome;
    if (!outcome.problems.isEmpty())
        return outcome;
    TransactionGuard transaction(db);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    auto created = apply(db, core.changes(), planned.value());
    if (!created)
        return created.error();
    outcome.created = created.value();
    if (Status audited = core.audit().append({std::nullopt,
                                              QStringLiteral("console.importRegions"),
                                              {},
                                              QStringLiteral("region"),
                                              std::nullopt,
                                              QJsonObject{{QStringLiteral("file"), fileName.right(200)},
                                                          {QStringLiteral("rows"), outcome.rows},
                                                          {QStringLiteral("created"), outcome.created},
                                                          {QStringLiteral("sha256"), checksum(csv)}}});
        !audited)
        return audited.error();
    core.changes().discardTouchedScopes(); // no connections in this process to tell
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace gridsafe
