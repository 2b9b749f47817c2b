#include "NetworkHelpers.h"

#include "domain/CommandName.h"
#include "grids/GridRepository.h"
#include "regions/RegionRepository.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QCborArray>

namespace gridsafe::test {

namespace {

int g_serial = 0;

} // namespace

QCborMap runOk(ServerFixture &f, const QString &username, const char *command, const QCborMap &args)
{
    auto outcome = f.run(username, QString::fromLatin1(command), args);
    if (!outcome.ok())
        FAIL(std::string(command) + ": " + outcome.error().message.toStdString());
    return outcome->result;
}

qint64 certifiedInspector(ServerFixture &f, const QString &town, const QString &name, const QString &phone,
                          const QString &kind)
{
    const QString admin = QStringLiteral("admin");
    const qint64 inspectorId = runOk(f, admin, cmd::kInspectorCreate,
                                     {{QStringLiteral("townId"), f.regionId(town)},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("phone"), phone},
                                      {QStringLiteral("kind"), kind}})
                                   .value(QStringLiteral("inspectorId"))
                                   .toInteger();
    const qint64 examId = runOk(f, admin, cmd::kExamRecord,
                                {{QStringLiteral("inspectorId"), inspectorId},
                                 {QStringLiteral("takenOn"), QStringLiteral("2026-02-20")},
                                 {QStringLiteral("subject"), QStringLiteral("网格员上岗考核")},
                                 {QStringLiteral("score"), 86},
                                 {QStringLiteral("passMark"), 60}})
                              .value(QStringLiteral("examId"))
                              .toInteger();
    runOk(f, admin, cmd::kCertificateIssue,
          {{QStringLiteral("inspectorId"), inspectorId},
           {QStringLiteral("examId"), examId},
           {QStringLiteral("number"), QStringLiteral("WGY-T%1").arg(++g_serial, 4, 10, QLatin1Char('0'))},
           {QStringLiteral("issuedOn"), QStringLiteral("2026-02-25")},
           {QStringLiteral("validUntil"), QStringLiteral("2029-02-24")}});
    return inspectorId;
}

void completeDivision(ServerFixture &f, const QString &town)
{
    const qint64 townId = f.regionId(town);
    const QString admin = QStringLiteral("admin");
    GridRepository grids(f.db());
    QSet<qint64> covered;
    const QList<Grid> before = grids.inTown(townId).value();
    for (const Grid &grid : before) {
        if (grid.status == Grid::Status::Active)
            covered.unite(QSet<qint64>(grid.areaIds.cbegin(), grid.areaIds.cend()));
    }
    const QList<Region> areas = RegionRepository(f.db()).children(townId).value();
    for (const Region &area : areas) {
        if (!isGridArea(area.kind) || covered.contains(area.id))
            continue;
        runOk(f, admin, cmd::kGridCreate,
              {{QStringLiteral("townId"), townId},
               {QStringLiteral("name"), area.name + QStringLiteral("补充网格")},
               {QStringLiteral("kind"),
                area.kind == RegionKind::Park ? QStringLiteral("park") : QStringLiteral("village")},
               {QStringLiteral("areaIds"), QCborArray{area.id}}});
    }
    const QList<Grid> after = grids.inTown(townId).value();
    for (const Grid &grid : after) {
        if (grid.status != Grid::Status::Active || grid.inspectorId)
            continue;
        const int serial = ++g_serial;
        const qint64 inspector = certifiedInspector(
            f, town, QStringLiteral("网格员%1").arg(serial), QStringLiteral("139%1").arg(10000000 + serial),
            grid.kind == Grid::Kind::Park ? QStringLiteral("townStaff") : QStringLiteral("safetyOfficer"));
        runOk(f, admin, cmd::kGridAssignInspector,
              {{QStringLiteral("gridId"), grid.id},
               {QStringLiteral("revision"), grid.revision},
               {QStringLiteral("inspectorId"), inspector}});
    }
}

int divisionRevision(ServerFixture &f, const QString &town)
{
    auto revision =
        scalarSql(f.db(), QStringLiteral("SELECT revision FROM division_state WHERE town_id = :town"),
                  {{QStringLiteral("town"), f.regionId(town)}});
    return revision ? revision.value().toInt() : 0;
}

} // namespace gridsafe::test
