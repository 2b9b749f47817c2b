// The enterprise register's commands: validation, uniqueness, supervision, history, risk
// reports and scope, run through the real executor.

#include "EnterpriseHelpers.h"
#include "domain/CommandName.h"
#include "domain/Enterprise.h"
#include "protocol/MessageType.h"
#include "sql/SqlRunner.h"

#include <catch2/catch.hpp>

#include <QCborArray>

using namespace gridsafe;

namespace {

const QString kYaoguan = QStringLiteral("yaoguan");

qint64 gridId(test::ServerFixture &f, const QString &name)
{
    return scalarSql(f.db(), QStringLiteral("SELECT id FROM grids WHERE name = :name"),
                     {{QStringLiteral("name"), name}})
        ->toLongLong();
}

Enterprise fedEnterprise(test::ServerFixture &f, qint64 id)
{
    auto payload = scalarSql(f.db(),
                             QStringLiteral("SELECT payload FROM changes WHERE entity = 'enterprise' AND "
                                            "entity_id = :id AND exited = 0"),
                             {{QStringLiteral("id"), id}});
    REQUIRE(payload.ok());
    auto enterprise = Enterprise::fromPayload(QCborValue::fromCbor(payload->toByteArray()).toMap());
    REQUIRE(enterprise.ok());
    return enterprise.value();
}

QCborArray historyOf(test::ServerFixture &f, const QString &user, qint64 id)
{
    auto history = test::request(f, user, msg::kEnterpriseHistory, {{QStringLiteral("enterpriseId"), id}});
    REQUIRE(history.ok());
    return history->value(QStringLiteral("changes")).toArray();
}

} // namespace

TEST_CASE("enterprise register: a new enterprise reaches its town's feed with its patrol category")
{
    test::ServerFixture f;
    const qint64 id = test::createEnterprise(f, kYaoguan, QStringLiteral("遥观镇"), QStringLiteral("渔庄村"));
    const Enterprise fed = fedEnterprise(f, id);
    CHECK(fed.name == QStringLiteral("常州测试机械有限公司"));
    CHECK(fed.townId == f.regionId(QStringLiteral("遥观镇")));
    CHECK(fed.category() == PatrolCategory::KeyIndustry);
    CHECK(fed.supervision() == Supervision::None);
    CHECK(fed.focusFlags == QStringList{QStringLiteral("confinedSpace")});
}

TEST_CASE(
    "enterprise register: a wrong check character is refused naming the right one, and nothing is stored")
{
    test::ServerFixture f;
    QString code = test::newCreditCode();
    code[17] = code[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    auto created = f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseCreate),
                         test::enterpriseArgs(f, QStringLiteral("遥观镇"), QStringLiteral("渔庄村"),
                                              QStringLiteral("常州错码机械有限公司"), code));
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().code == ErrorCode::Invalid);
    CHECK(created.error().message.contains(QStringLiteral("check character")));
    CHECK(f.count(QStringLiteral("enterprises")) == 0);
}

TEST_CASE("enterprise register: a credit code is registered once, typed in lower case or not")
{
    test::ServerFixture f;
    const QString code = test::newCreditCode();
    const QString town = QStringLiteral("遥观镇");
    REQUIRE(f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseCreate),
                  test::enterpriseArgs(f, town, QStringLiteral("渔庄村"), QStringLiteral("甲公司"), code))
                .ok());
    auto again = f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseCreate),
                       test::enterpriseArgs(f, town, QStringLiteral("渔庄村"), QStringLiteral("乙公司"),
                                            QStringLiteral(" ") + code.toLower()));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Invalid);
    CHECK(again.error().message.contains(QStringLiteral("甲公司")));
    CHECK(f.count(QStringLiteral("enterprises")) == 1);
}

TEST_CASE(
    "enterprise register: an enterprise is in one grid of its own town or supervised directly, never both")
{
    test::ServerFixture f;
    const QString town = QStringLiteral("遥观镇");
    QCborMap both = test::enterpriseArgs(f, town, QStringLiteral("渔庄村"), QStringLiteral("双管公司"),
                                         test::newCreditCode());
    both.insert(QStringLiteral("gridId"), gridId(f, QStringLiteral("渔庄村网格")));
    both.insert(QStringLiteral("directReason"), QStringLiteral("规模大，镇直管"));
    auto refused = f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseCreate), both);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);

    QCborMap foreign = test::enterpriseArgs(f, QStringLiteral("横林镇"), QStringLiteral("新东村"),
                                            QStringLiteral("外镇网格公司"), test::newCreditCode());
    foreign.insert(QStringLiteral("gridId"), gridId(f, QStringLiteral("渔庄村网格")));
    auto wrongTown = f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kEnterpriseCreate), foreign);
    REQUIRE_FALSE(wrongTown.ok());
    CHECK(wrongTown.error().message.contains(QStringLiteral("横林镇")));
    CHECK(f.count(QStringLiteral("enterprises")) == 0);

    QCborMap direct = test::enterpriseArgs(f, town, QStringLiteral("渔庄村"), QStringLiteral("直管公司"),
                                           test::newCreditCode());
    direct.insert(QStringLiteral("directReason"), QStringLiteral("规模大，镇直管"));
    auto created = f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseCreate), direct);
    REQUIRE(created.ok());
    CHECK(fedEnterprise(f, created->result.value(QStringLiteral("enterpriseId")).toInteger()).supervision()
          == Supervision::Direct);
}

TEST_CASE("enterprise history: an update records each changed field with its old and new value, by name")
{
    test::ServerFixture f;
    const QString town = QStringLiteral("遥观镇");
    const qint64 id = test::createEnterprise(f, kYaoguan, town, QStringLiteral("渔庄村"));
    QCborMap args =
        test::enterpriseArgs(f, town, QStringLiteral("建农村"), QStringLiteral("常州新名机械有限公司"),
                             fedEnterprise(f, id).creditCode);
    args.insert(QStringLiteral("enterpriseId"), id);
    args.insert(QStringLiteral("revision"), 1);
    auto updated = f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseUpdate), args);
    REQUIRE(updated.ok());
    CHECK(updated->result.value(QStringLiteral("revision")).toInteger() == 2);

    const QCborArray history = historyOf(f, kYaoguan, id);
    REQUIRE(history.size() == 2); // the update, then the creation
    const QCborMap latest = history.at(0).toMap();
    CHECK(latest.value(QStringLiteral("action")).toString() == QStringLiteral("enterprise.update"));
    CHECK(latest.value(QStringLiteral("user")).toString().contains(QStringLiteral("李静")));
    QHash<QString, QPair<QString, QString>> changed;
    for (const QCborValue &change : latest.value(QStringLiteral("changes")).toArray()) {
        const QCborMap map = change.toMap();
        changed.insert(
            map.value(QStringLiteral("field")).toString(),
            {map.value(QStringLiteral("before")).toString(), map.value(QStringLiteral("after")).toString()});
    }
    CHECK(changed.size() == 3); // name, village, address
    CHECK(changed.value(QStringLiteral("name")).second == QStringLiteral("常州新名机械有限公司"));
    CHECK(changed.value(QStringLiteral("villageId"))
          == qMakePair(QStringLiteral("渔庄村"), QStringLiteral("建农村")));
    CHECK(history.at(1).toMap().value(QStringLiteral("action")).toString()
          == QStringLiteral("enterprise.create"));
}

TEST_CASE("enterprise register: an update from a stale revision is a conflict and changes nothing")
{
    test::ServerFixture f;
    const QString town = QStringLiteral("遥观镇");
    const qint64 id = test::createEnterprise(f, kYaoguan, town, QStringLiteral("渔庄村"));
    QCborMap args = test::enterpriseArgs(f, town, QStringLiteral("渔庄村"), QStringLiteral("先改的名字"),
                                         fedEnterprise(f, id).creditCode);
    args.insert(QStringLiteral("enterpriseId"), id);
    args.insert(QStringLiteral("revision"), 1);
    REQUIRE(f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseUpdate), args).ok());
    args.insert(QStringLiteral("name"), QStringLiteral("后改的名字"));
    auto stale = f.run(QStringLiteral("admin"), QString::fromLatin1(cmd::kEnterpriseUpdate), args);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(fedEnterprise(f, id).name == QStringLiteral("先改的名字"));
}

TEST_CASE("enterprise supervision: selected enterprises go into a grid together, each with its history")
{
    test::ServerFixture f;
    const QString town = QStringLiteral("遥观镇");
    const qint64 a =
        test::createEnterprise(f, kYaoguan, town, QStringLiteral("渔庄村"), QStringLiteral("甲厂"));
    const qint64 b =
        test::createEnterprise(f, kYaoguan, town, QStringLiteral("渔庄村"), QStringLiteral("乙厂"));
    const qint64 grid = gridId(f, QStringLiteral("渔庄村网格"));
    auto set = f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseSetSupervision),
                     {{QStringLiteral("enterpriseIds"), QCborArray{a, b}}, {QStringLiteral("gridId"), grid}});
    REQUIRE(set.ok());
    CHECK(set->result.value(QStringLiteral("changed")).toInteger() == 2);
    CHECK(fedEnterprise(f, a).gridId == grid);
    CHECK(fedEnterprise(f, b).supervision() == Supervision::Grid);
    const QCborMap entry = historyOf(f, kYaoguan, b).at(0).toMap();
    CHECK(entry.value(QStringLiteral("action")).toString() == QStringLiteral("enterprise.setSupervision"));
    CHECK(entry.value(QStringLiteral("changes"))
              .toArray()
              .at(0)
              .toMap()
              .value(QStringLiteral("after"))
              .toString()
          == QStringLiteral("渔庄村网格"));

    // Another town's enterprise in the batch refuses the whole batch.
    const qint64 foreign = test::createEnterprise(f, QStringLiteral("henglin"), QStringLiteral("横林镇"),
                                                  QStringLiteral("新东村"));
    auto mixed = f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseSetSupervision),
                       {{QStringLiteral("enterpriseIds"), QCborArray{a, foreign}},
                        {QStringLiteral("directReason"), QStringLiteral("镇直管")}});
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().code == ErrorCode::Forbidden);
    CHECK(fedEnterprise(f, a).gridId == grid);
}

TEST_CASE(
    "enterprise risk report: the latest report shows on the register, an older one joins the history only")
{
    test::ServerFixture f;
    const qint64 id = test::createEnterprise(f, kYaoguan, QStringLiteral("遥观镇"), QStringLiteral("渔庄村"));
    auto report = [&](const char *on, const char *level, const char *kind) {
        return f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseRecordRiskReport),
                     {{QStringLiteral("enterpriseId"), id},
                      {QStringLiteral("kind"), QString::fromLatin1(kind)},
                      {QStringLiteral("reportedOn"), QString::fromLatin1(on)},
                      {QStringLiteral("level"), QString::fromLatin1(level)}});
    };
    REQUIRE(report("2026-02-10", "significant", "periodic").ok());
    REQUIRE(report("2025-03-01", "low", "first").ok());
    const Enterprise fed = fedEnterprise(f, id);
    REQUIRE(fed.risk.has_value());
    CHECK(fed.risk->level == RiskLevel::Significant);
    CHECK(fed.risk->reportedOn == QStringLiteral("2026-02-10"));
    auto history =
        test::request(f, kYaoguan, msg::kEnterpriseHistory, {{QStringLiteral("enterpriseId"), id}});
    REQUIRE(history.ok());
    CHECK(history->value(QStringLiteral("reports")).toArray().size() == 2);
    auto future = report("2027-01-01", "major", "change");
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().code == ErrorCode::Invalid);
}

TEST_CASE("enterprise history: another town's operator cannot read it")
{
    test::ServerFixture f;
    const qint64 id = test::createEnterprise(f, kYaoguan, QStringLiteral("遥观镇"), QStringLiteral("渔庄村"));
    auto foreign = test::request(f, QStringLiteral("henglin"), msg::kEnterpriseHistory,
                                 {{QStringLiteral("enterpriseId"), id}});
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().code == ErrorCode::NotFound);
    CHECK(test::request(f, QStringLiteral("reviewer"), msg::kEnterpriseHistory,
                        {{QStringLiteral("enterpriseId"), id}})
              .ok());
}

TEST_CASE("enterprise history: the store refuses to change or delete it")
{
    test::ServerFixture f;
    test::createEnterprise(f, kYaoguan, QStringLiteral("遥观镇"), QStringLiteral("渔庄村"));
    CHECK_FALSE(execSql(f.db(), QStringLiteral("UPDATE enterprise_changes SET action = 'x'")).ok());
    CHECK_FALSE(execSql(f.db(), QStringLiteral("DELETE FROM enterprise_changes")).ok());
    CHECK(f.count(QStringLiteral("enterprise_changes")) == 1);
}

TEST_CASE(
    "enterprise register: a code taken in another town is refused without naming that town's enterprise")
{
    test::ServerFixture f;
    const QString code = test::newCreditCode();
    REQUIRE(f.run(QStringLiteral("henglin"), QString::fromLatin1(cmd::kEnterpriseCreate),
                  test::enterpriseArgs(f, QStringLiteral("横林镇"), QStringLiteral("新东村"),
                                       QStringLiteral("横林保密木业有限公司"), code))
                .ok());
    auto taken = f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseCreate),
                       test::enterpriseArgs(f, QStringLiteral("遥观镇"), QStringLiteral("渔庄村"),
                                            QStringLiteral("遥观公司"), code));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().code == ErrorCode::Invalid);
    CHECK(taken.error().message.contains(QStringLiteral("another town")));
    CHECK_FALSE(taken.error().message.contains(QStringLiteral("横林保密木业有限公司")));
}

TEST_CASE("enterprise register: an enterprise whose grid was retired since can still be edited")
{
    test::ServerFixture f;
    const QString town = QStringLiteral("遥观镇");
    QCborMap args = test::enterpriseArgs(f, town, QStringLiteral("渔庄村"), QStringLiteral("旧网格公司"),
                                         test::newCreditCode());
    const qint64 grid = gridId(f, QStringLiteral("渔庄村网格"));
    args.insert(QStringLiteral("gridId"), grid);
    auto created = f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseCreate), args);
    REQUIRE(created.ok());
    REQUIRE(execSql(f.db(), QStringLiteral("UPDATE grids SET status = 'retired' WHERE id = :id"),
                    {{QStringLiteral("id"), grid}})
                .ok());
    args.insert(QStringLiteral("enterpriseId"), created->result.value(QStringLiteral("enterpriseId")));
    args.insert(QStringLiteral("revision"), 1);
    args.insert(QStringLiteral("employees"), 60);
    auto edited = f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseUpdate), args);
    INFO((edited.ok() ? QString() : edited.error().message).toStdString());
    CHECK(edited.ok());
    // Putting another enterprise into the retired grid is still refused.
    QCborMap other = test::enterpriseArgs(f, town, QStringLiteral("渔庄村"), QStringLiteral("新公司"),
                                          test::newCreditCode());
    other.insert(QStringLiteral("gridId"), grid);
    CHECK_FALSE(f.run(kYaoguan, QString::fromLatin1(cmd::kEnterpriseCreate), other).ok());
}
