// The register's background load: a worker thread reads the replica file on its own
// connection into rows, pinyin keys and name order; a newer load abandons an older one, and
// a loader destroyed mid-load waits for its worker (the ASan pass watches for races here).

#include "Wait.h"
#include "core/Replica.h"
#include "core/enterprises/EnterpriseRegisterLoader.h"
#include "core/enterprises/ReplicaEnterprises.h"
#include "domain/CreditCode.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace gridsafe;

namespace {

constexpr int kEnterprises = 3000;

std::unique_ptr<Replica> registerOf(const QTemporaryDir &dir)
{
    auto replica = Replica::open(QDir(dir.path()).filePath(QStringLiteral("replica.sqlite")));
    REQUIRE(replica.ok());
    const QStringList names{QStringLiteral("常州安达纺织有限公司"), QStringLiteral("常州鑫源木粉厂"),
                            QStringLiteral("常州恒力机械有限公司")};
    ReplicaEnterprises enterprises(replica.value()->sql());
    REQUIRE(execSql(replica.value()->sql(), QStringLiteral("BEGIN")).ok());
    for (int i = 1; i <= kEnterprises; ++i) {
        Enterprise e;
        e.id = i;
        e.townId = 2 + i % 2;
        const QString first17 = QStringLiteral("91320412MA%1").arg(i, 7, 10, QLatin1Char('0'));
        e.creditCode = first17 + *creditCodeCheckCharacter(first17);
        e.name = names.at(i % names.size()) + QString::number(i);
        REQUIRE(enterprises.apply(e.id, false, e.toPayload()).ok());
    }
    REQUIRE(execSql(replica.value()->sql(), QStringLiteral("COMMIT")).ok());
    return std::move(replica).value();
}

} // namespace

TEST_CASE("enterprise register loader: a town's register arrives complete, keyed and in pinyin order")
{
    QTemporaryDir dir;
    const auto replica = registerOf(dir);
    EnterpriseRegisterLoader loader;
    int loaded = 0;
    QObject::connect(&loader, &EnterpriseRegisterLoader::loaded, [&] { ++loaded; });
    loader.start(replica->path(), 3);
    CHECK(loader.isLoading());
    REQUIRE(test::waitUntil([&] { return loaded > 0; }));
    CHECK_FALSE(loader.isLoading());
    const EnterpriseRegisterSnapshot snapshot = loader.takeSnapshot();
    CHECK(snapshot.complete);
    CHECK(snapshot.items.size() == std::size_t(kEnterprises / 2));
    REQUIRE(snapshot.byName.size() == snapshot.items.size());
    for (const SortableEnterprise *item : snapshot.byName)
        CHECK(item->row.townId == 3);
    // 安 (an) before 恒 (heng) before 鑫 (xin); numbers by value within a name.
    CHECK(snapshot.byName.front()->row.name.startsWith(QStringLiteral("常州安达")));
    CHECK(snapshot.byName.back()->row.name.startsWith(QStringLiteral("常州鑫源")));
    CHECK(std::is_sorted(snapshot.byName.begin(), snapshot.byName.end(),
                         &EnterpriseRegisterSnapshot::nameLess));
}

TEST_CASE("enterprise register loader: a newer load abandons the older, and destroying it mid-load is safe")
{
    QTemporaryDir dir;
    const auto replica = registerOf(dir);
    {
        EnterpriseRegisterLoader loader;
        int loaded = 0;
        QObject::connect(&loader, &EnterpriseRegisterLoader::loaded, [&] { ++loaded; });
        loader.start(replica->path(), std::nullopt);
        loader.start(replica->path(), 2);
        REQUIRE(test::waitUntil([&] { return loaded > 0; }));
        test::spin(200); // the abandoned one must not report as well
        CHECK(loaded == 1);
        CHECK(loader.takeSnapshot().items.size() == std::size_t(kEnterprises / 2));
    }
    {
        EnterpriseRegisterLoader loader;
        int loaded = 0;
        QObject::connect(&loader, &EnterpriseRegisterLoader::loaded, [&] { ++loaded; });
        loader.start(replica->path(), std::nullopt);
        loader.cancel();
        CHECK_FALSE(loader.isLoading());
        test::spin(200);
        CHECK(loaded == 0);
    }
    for (int i = 0; i < 5; ++i) {
        auto loader = std::make_unique<EnterpriseRegisterLoader>();
        loader->start(replica->path(), std::nullopt);
        loader.reset(); // cancels and waits for the worker
    }
}
