#include "ServerFixture.h"
#include "domain/CommandName.h"
#include "sync/ChangeFeed.h"

#include <catch2/catch.hpp>

#include <QCborArray>
#include <QSet>

using namespace gridsafe;

namespace {

QSet<QString> namesIn(const QCborArray &changes, const QString &entity)
{
    QSet<QString> names;
    for (const QCborValue &change : changes) {
        if (change[QStringLiteral("entity")].toString() == entity)
            names.insert(change[QStringLiteral("data")][QStringLiteral("name")].toString());
    }
    return names;
}

ChangeFeed::Page pullAll(test::ServerFixture &f, const Actor &actor, qint64 since, int pageSize)
{
    ChangeFeed::Page all;
    all.last = since;
    for (;;) {
        auto page = f.core().changes().pull(actor, all.last, pageSize);
        REQUIRE(page.ok());
        for (const QCborValue &change : page->changes)
            all.changes.append(change);
        all.last = page->last;
        all.head = page->head;
        if (!page->more)
            return all;
    }
}

} // namespace

TEST_CASE("change feed: a town operator pulls only the district and its own town")
{
    test::ServerFixture f;
    auto page = pullAll(f, f.actor(QStringLiteral("yaoguan")), 0, 1000);
    const QSet<QString> regions = namesIn(page.changes, QStringLiteral("region"));
    CHECK(regions.contains(QStringLiteral("常州经开区")));
    CHECK(regions.contains(QStringLiteral("遥观镇")));
    CHECK(regions.contains(QStringLiteral("渔庄村")));
    CHECK_FALSE(regions.contains(QStringLiteral("横林镇")));
    CHECK_FALSE(regions.contains(QStringLiteral("崔桥村")));
    CHECK_FALSE(namesIn(page.changes, QStringLiteral("grid")).contains(QStringLiteral("崔桥村网格")));
}

TEST_CASE("change feed: a district reviewer pulls every town")
{
    test::ServerFixture f;
    auto page = pullAll(f, f.actor(QStringLiteral("reviewer")), 0, 1000);
    const QSet<QString> regions = namesIn(page.changes, QStringLiteral("region"));
    for (const char *town : {"横林镇", "横山桥镇", "遥观镇", "潞城街道", "丁堰街道", "戚墅堰街道"})
        CHECK(regions.contains(QString::fromUtf8(town)));
}

TEST_CASE("change feed: paging delivers every change exactly once and ends at the head")
{
    test::ServerFixture f;
    const Actor reviewer = f.actor(QStringLiteral("reviewer"));
    auto whole = pullAll(f, reviewer, 0, 1000);
    auto paged = pullAll(f, reviewer, 0, 7);
    CHECK(paged.changes.size() == whole.changes.size());
    CHECK(paged.last == whole.head);
    QSet<qint64> seqs;
    for (const QCborValue &change : paged.changes)
        seqs.insert(change[QStringLiteral("seq")].toInteger());
    CHECK(seqs.size() == paged.changes.size());
}

TEST_CASE("change feed: an entity changed twice appears once, at its newest sequence number")
{
    test::ServerFixture f;
    const Actor reviewer = f.actor(QStringLiteral("reviewer"));
    const qint64 start = f.core().changes().head().value();
    QCborMap create;
    create.insert(QStringLiteral("townId"), f.regionId(QStringLiteral("遥观镇")));
    create.insert(QStringLiteral("name"), QStringLiteral("两次修改"));
    create.insert(QStringLiteral("areaIds"), QCborArray{f.regionId(QStringLiteral("建农村"))});
    create.insert(QStringLiteral("part"), QStringLiteral("测试片区"));
    auto created = f.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridCreate), create);
    REQUIRE(created.ok());
    QCborMap rename;
    rename.insert(QStringLiteral("gridId"), created->result.value(QStringLiteral("gridId")));
    rename.insert(QStringLiteral("revision"), 1);
    rename.insert(QStringLiteral("name"), QStringLiteral("两次修改后"));
    REQUIRE(f.run(QStringLiteral("yaoguan"), QString::fromLatin1(cmd::kGridUpdate), rename).ok());

    auto since = pullAll(f, reviewer, start, 100);
    // The grid and its town's division (whose revision each change raised) once each.
    QList<QCborValue> grids;
    for (const QCborValue &change : since.changes) {
        if (change[QStringLiteral("entity")].toString() == QLatin1String("grid"))
            grids.append(change);
    }
    CHECK(since.changes.size() == 2);
    REQUIRE(grids.size() == 1);
    CHECK(grids.at(0)[QStringLiteral("data")][QStringLiteral("name")].toString()
          == QStringLiteral("两次修改后"));
    CHECK(grids.at(0)[QStringLiteral("data")][QStringLiteral("revision")].toInteger() == 2);
    // A snapshot from zero holds the grid once too.
    auto snapshot = pullAll(f, reviewer, 0, 1000);
    int occurrences = 0;
    for (const QCborValue &change : snapshot.changes)
        occurrences +=
            change[QStringLiteral("data")][QStringLiteral("name")].toString() == QStringLiteral("两次修改后");
    CHECK(occurrences == 1);
}

TEST_CASE("change feed: an entity moved to another town reaches its old town as a tombstone")
{
    test::ServerFixture f;
    const qint64 yaoguan = f.regionId(QStringLiteral("遥观镇"));
    const qint64 henglin = f.regionId(QStringLiteral("横林镇"));
    const Actor oldTown = f.actor(QStringLiteral("yaoguan"));
    const Actor newTown = f.actor(QStringLiteral("henglin"));
    const Actor reviewer = f.actor(QStringLiteral("reviewer"));
    ChangeFeed &feed = f.core().changes();
    REQUIRE(feed.record(QStringLiteral("grid"), 4242, yaoguan,
                        QCborMap{{QStringLiteral("name"), QStringLiteral("搬迁网格")}})
                .ok());
    const qint64 beforeMove = feed.head().value();
    feed.discardTouchedScopes();
    REQUIRE(feed.record(QStringLiteral("grid"), 4242, henglin,
                        QCborMap{{QStringLiteral("name"), QStringLiteral("搬迁网格")}})
                .ok());
    // Both towns are told, so the old town's clients pull too.
    CHECK(feed.takeTouchedScopes() == QSet<qint64>{yaoguan, henglin});

    const auto moved = [](const ChangeFeed::Page &page) {
        QList<bool> deletedFlags;
        for (const QCborValue &change : page.changes)
            if (change[QStringLiteral("id")].toInteger() == 4242)
                deletedFlags.append(change[QStringLiteral("deleted")].toBool());
        return deletedFlags;
    };
    CHECK(moved(pullAll(f, oldTown, beforeMove, 100)) == QList<bool>{true});
    CHECK(moved(pullAll(f, newTown, beforeMove, 100)) == QList<bool>{false});
    CHECK(moved(pullAll(f, reviewer, beforeMove, 100)) == QList<bool>{false});
    // From scratch too: the old town never sees it, the reviewer sees it once, alive.
    CHECK(moved(pullAll(f, oldTown, 0, 1000)).count(false) == 0);
    CHECK(moved(pullAll(f, reviewer, 0, 1000)) == QList<bool>{false});
}

TEST_CASE("change feed: a deleted entity travels as a tombstone to its scope")
{
    test::ServerFixture f;
    const qint64 yaoguan = f.regionId(QStringLiteral("遥观镇"));
    ChangeFeed &feed = f.core().changes();
    REQUIRE(feed.record(QStringLiteral("grid"), 4343, yaoguan,
                        QCborMap{{QStringLiteral("name"), QStringLiteral("将删")}})
                .ok());
    const qint64 before = feed.head().value();
    REQUIRE(feed.recordDeleted(QStringLiteral("grid"), 4343, yaoguan).ok());
    auto page = pullAll(f, f.actor(QStringLiteral("yaoguan")), before, 100);
    REQUIRE(page.changes.size() == 1);
    CHECK(page.changes.at(0)[QStringLiteral("deleted")].toBool());
    CHECK(page.changes.at(0)[QStringLiteral("id")].toInteger() == 4343);
    CHECK_FALSE(page.changes.at(0).toMap().contains(QStringLiteral("data")));
}

TEST_CASE("change feed: a page is bounded by bytes as well as by rows")
{
    test::ServerFixture f;
    const qint64 yaoguan = f.regionId(QStringLiteral("遥观镇"));
    ChangeFeed &feed = f.core().changes();
    const qint64 before = feed.head().value();
    for (int i = 0; i < 10; ++i)
        REQUIRE(feed.record(QStringLiteral("grid"), 5000 + i, yaoguan,
                            QCborMap{{QStringLiteral("note"), QString(300 * 1024, QLatin1Char('x'))}})
                    .ok());
    auto page = feed.pull(f.actor(QStringLiteral("reviewer")), before, 500);
    REQUIRE(page.ok());
    CHECK(page->more);
    CHECK(page->changes.size() < 10);
    CHECK(page->bytes <= ChangeFeed::kMaxPageBytes);
    CHECK(pullAll(f, f.actor(QStringLiteral("reviewer")), before, 500).changes.size() == 10);
}

TEST_CASE("change feed: user accounts reach administrators only, and never with a password hash")
{
    test::ServerFixture f;
    const auto accounts = [&](const QString &username) {
        QList<QCborMap> found;
        for (const QCborValue &change : pullAll(f, f.actor(username), 0, 1000).changes) {
            if (change[QStringLiteral("entity")].toString() == QLatin1String("user"))
                found.append(change[QStringLiteral("data")].toMap());
        }
        return found;
    };
    const QList<QCborMap> seen = accounts(QStringLiteral("admin"));
    QSet<QString> names;
    for (const QCborMap &account : seen) {
        names.insert(account.value(QStringLiteral("username")).toString());
        for (auto it = account.constBegin(); it != account.constEnd(); ++it)
            CHECK_FALSE(it.key().toString().contains(QStringLiteral("password"), Qt::CaseInsensitive));
    }
    CHECK(names.contains(QStringLiteral("yaoguan")));
    CHECK(names.contains(QStringLiteral("reviewer")));
    for (const char *other : {"reviewer", "yaoguan", "zhangwei"})
        CHECK(accounts(QString::fromLatin1(other)).isEmpty());

    // A new account, and a disabled one, reach them too.
    QCborMap create;
    create.insert(QStringLiteral("username"), QStringLiteral("newclerk"));
    create.insert(QStringLiteral("displayName"), QStringLiteral("新办事员"));
    create.insert(QStringLiteral("role"), QStringLiteral("operator"));
    create.insert(QStringLiteral("townId"), f.regionId(QStringLiteral("遥观镇")));
    create.insert(QStringLiteral("password"), QStringLiteral("clerk-password-1"));
    auto created = f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kUserCreate), create);
    REQUIRE(created.ok());
    QCborMap disable;
    disable.insert(QStringLiteral("userId"), created->result.value(QStringLiteral("userId")));
    disable.insert(QStringLiteral("disabled"), true);
    REQUIRE(f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kUserSetDisabled), disable).ok());
    bool found = false;
    for (const QCborMap &account : accounts(QStringLiteral("admin"))) {
        if (account.value(QStringLiteral("username")).toString() == QLatin1String("newclerk")) {
            found = true;
            CHECK(account.value(QStringLiteral("disabled")).toBool());
            CHECK(account.value(QStringLiteral("townId")).toInteger()
                  == f.regionId(QStringLiteral("遥观镇")));
        }
    }
    CHECK(found);
    CHECK(accounts(QStringLiteral("reviewer")).isEmpty());
}

TEST_CASE("change feed: a login stamps the account's last login for administrators")
{
    test::ServerFixture f;
    const qint64 userId = f.actor(QStringLiteral("yaoguan")).userId;
    auto head = f.core().recordLogin(userId);
    REQUIRE(head.ok());
    auto page = pullAll(f, f.actor(QStringLiteral("admin")), head.value() - 1, 1000);
    REQUIRE(page.changes.size() == 1);
    const QCborMap account = page.changes.at(0)[QStringLiteral("data")].toMap();
    CHECK(account.value(QStringLiteral("username")).toString() == QStringLiteral("yaoguan"));
    CHECK(account.value(QStringLiteral("lastLoginAt")).toString()
          == f.core().clock().now().toUTC().toString(Qt::ISODate));
}

TEST_CASE(
    "change feed: the row-by-row scope rules refuse another town's row, tombstones for every-town readers "
    "and accounts for the reviewer")
{
    test::ServerFixture f;
    const Actor yaoguan = f.actor(QStringLiteral("yaoguan"));
    const Actor reviewer = f.actor(QStringLiteral("reviewer"));
    const Actor admin = f.actor(QStringLiteral("admin"));
    REQUIRE(yaoguan.townId);
    const qint64 own = *yaoguan.townId;
    CHECK(ChangeFeed::visibleTo(yaoguan, std::nullopt, false));
    CHECK(ChangeFeed::visibleTo(yaoguan, own, false));
    CHECK(ChangeFeed::visibleTo(yaoguan, own, true)); // its replica must drop what left the town
    CHECK_FALSE(ChangeFeed::visibleTo(yaoguan, own + 1, false));
    CHECK_FALSE(ChangeFeed::visibleTo(yaoguan, ChangeFeed::kAdminScope, false));
    CHECK(ChangeFeed::visibleTo(reviewer, own + 1, false));
    CHECK_FALSE(ChangeFeed::visibleTo(reviewer, own, true));
    CHECK_FALSE(ChangeFeed::visibleTo(reviewer, ChangeFeed::kAdminScope, false));
    CHECK(ChangeFeed::visibleTo(admin, ChangeFeed::kAdminScope, false));
    CHECK_FALSE(ChangeFeed::visibleTo(admin, own, true));
    // Every pull this suite makes is held to these rules (CatchQtMain fails a run that broke them).
    auto page = f.core().changes().pull(yaoguan, 0, 2000);
    REQUIRE(page.ok());
    CHECK(ChangeFeed::scopeViolations() == 0);
}
