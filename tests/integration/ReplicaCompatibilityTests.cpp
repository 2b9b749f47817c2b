// A replica written by an older client keeps what a newer server sends that it cannot read
// yet, verbatim, and applies it once a newer client opens the file; it upgrades its own
// schema; it never mixes two databases or two scopes.

#include "core/Outbox.h"
#include "core/Replica.h"
#include "core/ReplicaRecords.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/CreditCode.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QDir>
#include <QTemporaryDir>

using namespace gridsafe;

namespace {

QCborMap change(qint64 seq, const QString &entity, qint64 id, const QCborMap &data)
{
    return QCborMap{{QStringLiteral("seq"), seq},
                    {QStringLiteral("entity"), entity},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("deleted"), false},
                    {QStringLiteral("data"), data}};
}

QCborMap gridData(qint64 id, const QString &status)
{
    return QCborMap{{QStringLiteral("id"), id},
                    {QStringLiteral("townId"), 2},
                    {QStringLiteral("name"), QStringLiteral("网格%1").arg(id)},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("revision"), 1},
                    {QStringLiteral("areaIds"), QCborArray{10}}};
}

QCborMap regionData(qint64 id, const QString &kind)
{
    return QCborMap{
        {QStringLiteral("id"), id},     {QStringLiteral("parentId"), 2},
        {QStringLiteral("kind"), kind}, {QStringLiteral("name"), QStringLiteral("区域%1").arg(id)},
        {QStringLiteral("townId"), 2},  {QStringLiteral("revision"), 1}};
}

qint64 heldCount(Replica &replica)
{
    return scalarSql(replica.sql(), QStringLiteral("SELECT COUNT(*) FROM held_changes"))->toLongLong();
}

} // namespace

TEST_CASE("replica: values and entities from a newer server are held, and the page still applies")
{
    QTemporaryDir dir;
    auto replica = Replica::open(QDir(dir.path()).filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(replica.ok());
    const QCborArray page{change(1, QStringLiteral("grid"), 1, gridData(1, QStringLiteral("active"))),
                          change(2, QStringLiteral("grid"), 2, gridData(2, QStringLiteral("suspended"))),
                          change(3, QStringLiteral("region"), 30, regionData(30, QStringLiteral("harbour"))),
                          change(4, QStringLiteral("enterprise"), 7,
                                 QCborMap{{QStringLiteral("name"), QStringLiteral("某公司")}})};
    REQUIRE(replica.value()->applyPage(page, 4, QDateTime::currentDateTimeUtc()).ok());
    CHECK(replica.value()->lastSeq() == 4);
    CHECK(replica.value()->grid(1).has_value());
    CHECK_FALSE(replica.value()->grid(2).has_value());
    CHECK_FALSE(replica.value()->region(30).has_value());
    CHECK(heldCount(*replica.value()) == 3);
}

TEST_CASE("replica: a grid that takes an unknown status is not shown with its stale old status")
{
    QTemporaryDir dir;
    auto replica = Replica::open(QDir(dir.path()).filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(replica.ok());
    REQUIRE(replica.value()
                ->applyPage({change(1, QStringLiteral("grid"), 1, gridData(1, QStringLiteral("active")))}, 1,
                            QDateTime::currentDateTimeUtc())
                .ok());
    REQUIRE(replica.value()
                ->applyPage({change(2, QStringLiteral("grid"), 1, gridData(1, QStringLiteral("suspended")))},
                            2, QDateTime::currentDateTimeUtc())
                .ok());
    CHECK_FALSE(replica.value()->grid(1).has_value());
    CHECK(heldCount(*replica.value()) == 1);
}

TEST_CASE("replica: held changes are applied when the file is opened by a version that reads them")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("replica.sqlite"));
    {
        auto replica = Replica::open(path);
        REQUIRE(replica.ok());
        // As an older version would have held it: a grid change it could not read then.
        QCborMap readable = change(5, QStringLiteral("grid"), 9, gridData(9, QStringLiteral("retired")));
        REQUIRE(
            execSql(replica.value()->sql(),
                    QStringLiteral("INSERT INTO held_changes (entity, id, change) VALUES ('grid', 9, :c)"),
                    {{QStringLiteral("c"), readable.toCborValue().toCbor()}})
                .ok());
    }
    auto reopened = Replica::open(path);
    REQUIRE(reopened.ok());
    REQUIRE(reopened.value()->grid(9).has_value());
    CHECK(reopened.value()->grid(9)->status == Grid::Status::Retired);
    CHECK(heldCount(*reopened.value()) == 0);
}

TEST_CASE("replica: a version 1 file is migrated and keeps its rows and outbox")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("replica.sqlite"));
    {
        auto replica = Replica::open(path);
        REQUIRE(replica.ok());
        REQUIRE(replica.value()
                    ->applyPage({change(1, QStringLiteral("grid"), 1, gridData(1, QStringLiteral("active")))},
                                1, QDateTime::currentDateTimeUtc())
                    .ok());
        Outbox outbox(replica.value()->sql());
        REQUIRE(
            outbox.enqueue(QStringLiteral("grid.create"), {}, QStringLiteral("queued in version 1")).ok());
        // Back to what version 1 had.
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("DROP TABLE enterprises")).ok());
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("DROP TABLE boundaries")).ok());
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("DROP TABLE records")).ok());
        for (const char *column : {"code", "kind", "part", "inspector_id", "assignment_id"})
            REQUIRE(execSql(replica.value()->sql(),
                            QStringLiteral("ALTER TABLE grids DROP COLUMN %1").arg(QLatin1String(column)))
                        .ok());
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("DROP TABLE held_changes")).ok());
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("DROP TABLE users")).ok());
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("DROP INDEX outbox_builds_on")).ok());
        REQUIRE(
            execSql(replica.value()->sql(), QStringLiteral("ALTER TABLE outbox DROP COLUMN builds_on")).ok());
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("PRAGMA user_version = 1")).ok());
    }
    auto migrated = Replica::open(path);
    REQUIRE(migrated.ok());
    CHECK(scalarSql(migrated.value()->sql(), QStringLiteral("PRAGMA user_version"))->toInt()
          == Replica::schemaVersion());
    CHECK(migrated.value()->grid(1).has_value());
    // Grids came without code, kind and inspector before version 5: fetched again from zero.
    CHECK(migrated.value()->lastSeq() == 0);
    CHECK(heldCount(*migrated.value()) == 0);
    Outbox outbox(migrated.value()->sql());
    REQUIRE(outbox.entries().size() == 1);
    CHECK(outbox.entries().first().summary == QStringLiteral("queued in version 1"));
    CHECK(outbox.entries().first().buildsOn.isEmpty());
    CHECK(outbox.nextPending().has_value());
}

TEST_CASE("replica: a failed reset for another database keeps the old database id and rows")
{
    QTemporaryDir dir;
    auto replica = Replica::open(QDir(dir.path()).filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(replica.ok());
    Replica &r = *replica.value();
    REQUIRE(r.adoptDatabase(QStringLiteral("first")).ok());
    REQUIRE(r.applyPage({change(1, QStringLiteral("grid"), 1, gridData(1, QStringLiteral("active")))}, 1,
                        QDateTime::currentDateTimeUtc())
                .ok());
    REQUIRE(execSql(r.sql(), QStringLiteral("CREATE TRIGGER keep_grids BEFORE DELETE ON grids "
                                            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"))
                .ok());
    CHECK_FALSE(r.adoptDatabase(QStringLiteral("second")).ok());
    CHECK(r.databaseId() == QStringLiteral("first"));
    CHECK(r.lastSeq() == 1);
    REQUIRE(execSql(r.sql(), QStringLiteral("DROP TRIGGER keep_grids")).ok());
    REQUIRE(r.adoptDatabase(QStringLiteral("second")).ok());
    CHECK(r.databaseId() == QStringLiteral("second"));
    CHECK(r.lastSeq() == 0);
    CHECK_FALSE(r.grid(1).has_value());
}

TEST_CASE("replica: a user whose scope changed starts from an empty replica")
{
    QTemporaryDir dir;
    auto replica = Replica::open(QDir(dir.path()).filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(replica.ok());
    Replica &r = *replica.value();
    REQUIRE(r.adoptScope(QStringLiteral("operator:2")).ok());
    REQUIRE(r.applyPage({change(1, QStringLiteral("grid"), 1, gridData(1, QStringLiteral("active")))}, 1,
                        QDateTime::currentDateTimeUtc())
                .ok());
    REQUIRE(r.adoptScope(QStringLiteral("operator:2")).ok());
    CHECK(r.grid(1).has_value());
    REQUIRE(r.adoptScope(QStringLiteral("operator:3")).ok());
    CHECK_FALSE(r.grid(1).has_value());
    CHECK(r.lastSeq() == 0);
}

TEST_CASE("boundary replica: a version 5 file gets the boundaries table, applies the boundaries it held "
          "and fetches everything again")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("replica.sqlite"));
    const QCborMap boundary{{QStringLiteral("id"), 10},
                            {QStringLiteral("regionId"), 10},
                            {QStringLiteral("townId"), 2},
                            {QStringLiteral("crs"), QStringLiteral("CGCS2000")},
                            {QStringLiteral("polygons"),
                             QCborArray{QCborArray{QCborArray{120.06, 31.74}, QCborArray{120.07, 31.74},
                                                   QCborArray{120.07, 31.75}, QCborArray{120.06, 31.74}}}},
                            {QStringLiteral("revision"), 1},
                            {QStringLiteral("updatedAt"), QStringLiteral("2026-03-01T08:00:00Z")}};
    {
        auto replica = Replica::open(path);
        REQUIRE(replica.ok());
        REQUIRE(replica.value()
                    ->applyPage({change(1, QStringLiteral("grid"), 1, gridData(1, QStringLiteral("active")))},
                                7, QDateTime::currentDateTimeUtc())
                    .ok());
        // Back to version 5, which held a boundary row as an entity it did not know.
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("DROP TABLE enterprises")).ok());
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("DROP TABLE boundaries")).ok());
        REQUIRE(execSql(replica.value()->sql(),
                        QStringLiteral(
                            "INSERT INTO held_changes (entity, id, change) VALUES ('boundary', 10, :c)"),
                        {{QStringLiteral("c"),
                          change(6, QStringLiteral("boundary"), 10, boundary).toCborValue().toCbor()}})
                    .ok());
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("PRAGMA user_version = 5")).ok());
    }
    auto migrated = Replica::open(path);
    REQUIRE(migrated.ok());
    CHECK(scalarSql(migrated.value()->sql(), QStringLiteral("PRAGMA user_version"))->toInt()
          == Replica::schemaVersion());
    CHECK(Replica::schemaVersion() >= 6);
    CHECK(heldCount(*migrated.value()) == 0);
    const QList<Boundary> boundaries = ReplicaRecords(*migrated.value()).boundaries(2);
    REQUIRE(boundaries.size() == 1);
    CHECK(boundaries.first().regionId == 10);
    CHECK(boundaries.first().crs == QStringLiteral("CGCS2000"));
    CHECK(boundaries.first().polygons.first().size() == 4);
    CHECK(migrated.value()->grid(1).has_value());
    CHECK(migrated.value()->lastSeq() == 0);

    // A coordinate system this version does not know is held, not shown, and a deletion drops it.
    QCborMap unknown = boundary;
    unknown.insert(QStringLiteral("crs"), QStringLiteral("ITRF2020"));
    REQUIRE(migrated.value()
                ->applyPage({change(8, QStringLiteral("boundary"), 10, unknown)}, 8,
                            QDateTime::currentDateTimeUtc())
                .ok());
    CHECK(ReplicaRecords(*migrated.value()).boundaries(2).isEmpty());
    CHECK(heldCount(*migrated.value()) == 1);
    REQUIRE(migrated.value()
                ->applyPage({QCborMap{{QStringLiteral("seq"), 9},
                                      {QStringLiteral("entity"), QStringLiteral("boundary")},
                                      {QStringLiteral("id"), 10},
                                      {QStringLiteral("deleted"), true}}},
                            9, QDateTime::currentDateTimeUtc())
                .ok());
    CHECK(heldCount(*migrated.value()) == 0);
}

TEST_CASE(
    "enterprise replica: a version 6 file gets the enterprise table and applies the enterprises it held, "
    "and a page names the rows it touched")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("replica.sqlite"));
    Enterprise plant;
    plant.id = 41;
    plant.townId = 2;
    const QString first17 = QStringLiteral("91320412MA1MX0041");
    plant.creditCode = first17 + *creditCodeCheckCharacter(first17);
    plant.name = QStringLiteral("常州横林木粉厂");
    plant.sector = KeySector::LightIndustry;
    plant.focusFlags = {QStringLiteral("dust")};
    {
        auto replica = Replica::open(path);
        REQUIRE(replica.ok());
        // Back to version 6, which held an enterprise as an entity it did not know.
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("DROP TABLE enterprises")).ok());
        REQUIRE(
            execSql(
                replica.value()->sql(),
                QStringLiteral("INSERT INTO held_changes (entity, id, change) VALUES ('enterprise', 41, :c)"),
                {{QStringLiteral("c"),
                  change(6, QStringLiteral("enterprise"), 41, plant.toPayload()).toCborValue().toCbor()}})
                .ok());
        REQUIRE(execSql(replica.value()->sql(), QStringLiteral("PRAGMA user_version = 6")).ok());
    }
    auto migrated = Replica::open(path);
    REQUIRE(migrated.ok());
    CHECK(heldCount(*migrated.value()) == 0);
    const std::optional<Enterprise> held = ReplicaEnterprises(migrated.value()->sql()).enterprise(41);
    REQUIRE(held.has_value());
    CHECK(held->name == plant.name);
    const QList<EnterpriseRow> rows = ReplicaEnterprises(migrated.value()->sql()).rows().value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().category() == PatrolCategory::KeyIndustry);
    CHECK(rows.first().flags == 1);

    ReplicaChanges touched;
    QObject::connect(migrated.value().get(), &Replica::entitiesChanged,
                     [&](const ReplicaChanges &changes) { touched = changes; });
    plant.name = QStringLiteral("常州横林新木粉厂");
    REQUIRE(migrated.value()
                ->applyPage({change(7, QStringLiteral("enterprise"), 41, plant.toPayload()),
                             change(8, QStringLiteral("grid"), 1, gridData(1, QStringLiteral("active")))},
                            8, QDateTime::currentDateTimeUtc())
                .ok());
    CHECK(touched.value(QStringLiteral("enterprise")) == QSet<qint64>{41});
    CHECK(touched.value(QStringLiteral("grid")) == QSet<qint64>{1});
    CHECK(ReplicaEnterprises(migrated.value()->sql()).rows(QList<qint64>{41}).value().first().name
          == QStringLiteral("常州横林新木粉厂"));
}
