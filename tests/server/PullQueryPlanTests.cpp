// The pull's query plans, kept: whatever the size of the change log, a pull reads an index
// range in sequence order — a no-op pull is one indexed lookup that finds nothing — and never
// sorts or scans the whole scope. Checked with SQLite's statistics gathered over a log
// of a few thousand rows spread over the towns, as a district's would be.

#include "ServerFixture.h"
#include "sql/SqlRunner.h"
#include "sync/ChangeFeed.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace gridsafe;

namespace {

QStringList queryPlan(QSqlDatabase db, const ChangeFeed::PullQuery &pull)
{
    QSqlQuery query(db);
    REQUIRE(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + pull.sql));
    for (auto it = pull.binds.cbegin(); it != pull.binds.cend(); ++it)
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
    REQUIRE(query.exec());
    QStringList steps;
    while (query.next())
        steps.append(query.value(3).toString());
    return steps;
}

void fillLog(test::ServerFixture &f)
{
    ChangeFeed feed(f.db());
    REQUIRE(execSql(f.db(), QStringLiteral("BEGIN")).ok());
    for (int i = 0; i < 4000; ++i) {
        const std::optional<qint64> town = i % 10 == 0 ? std::nullopt : std::optional<qint64>(1000 + i % 7);
        REQUIRE(feed.record(QStringLiteral("enterprise"), 500000 + i, town,
                            {{QStringLiteral("name"), QStringLiteral("企业%1").arg(i)}})
                    .ok());
    }
    REQUIRE(execSql(f.db(), QStringLiteral("COMMIT")).ok());
    REQUIRE(execSql(f.db(), QStringLiteral("ANALYZE")).ok());
}

} // namespace

TEST_CASE("change feed: every scope's pull reads an index range in sequence order, without a sort or a scan")
{
    test::ServerFixture f;
    fillLog(f);
    auto head = f.core().changes().head();
    REQUIRE(head.ok());
    for (const QString &user :
         {QStringLiteral("yaoguan"), QStringLiteral("reviewer"), QStringLiteral("admin")}) {
        for (const qint64 since : {qint64(0), head.value() / 2, head.value()}) {
            const QStringList plan = queryPlan(f.db(), ChangeFeed::pullQuery(f.actor(user), since, 501));
            INFO(user.toStdString() << " since " << since << ":\n"
                                    << plan.join(QLatin1Char('\n')).toStdString());
            CHECK_FALSE(plan.isEmpty());
            for (const QString &step : plan) {
                CHECK_FALSE(step.contains(QStringLiteral("TEMP B-TREE")));
                CHECK_FALSE(step.startsWith(QStringLiteral("SCAN")));
                CHECK_FALSE(step.contains(QStringLiteral("MULTI-INDEX OR")));
            }
            const QStringList searches = plan.filter(QStringLiteral("SEARCH changes USING"));
            CHECK_FALSE(searches.isEmpty());
            // A town's reader reads its town's range and the district's, not every town's.
            if (user == QStringLiteral("yaoguan")) {
                for (const QString &search : searches)
                    CHECK(search.contains(QStringLiteral("INDEX changes_town_seq (town_id=? AND seq>?)")));
            }
        }
    }
}

TEST_CASE("change feed: a town's pull pages through its own rows and the district's in sequence order")
{
    test::ServerFixture f;
    fillLog(f);
    const Actor yaoguan = f.actor(QStringLiteral("yaoguan"));
    qint64 since = 0;
    qint64 previous = 0;
    int pages = 0;
    for (;;) {
        auto page = f.core().changes().pull(yaoguan, since, 100);
        REQUIRE(page.ok());
        for (const QCborValue &change : page->changes) {
            const qint64 seq = change[QStringLiteral("seq")].toInteger();
            CHECK(seq > previous);
            previous = seq;
        }
        since = page->last;
        ++pages;
        if (!page->more)
            break;
    }
    CHECK(pages > 1);
    auto head = f.core().changes().head();
    REQUIRE(head.ok());
    CHECK(since == head.value());
}
